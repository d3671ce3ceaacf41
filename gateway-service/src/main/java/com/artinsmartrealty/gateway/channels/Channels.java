package com.artinsmartrealty.gateway.channels;

import com.artinsmartrealty.gateway.telegram.TelegramApiException;
import com.artinsmartrealty.gateway.telegram.TelegramBots;
import com.artinsmartrealty.gateway.tenants.ChannelSettingsStore;
import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import com.artinsmartrealty.gateway.whatsapp.GraphApiException;
import com.artinsmartrealty.gateway.whatsapp.WhatsAppNumbers;
import com.artinsmartrealty.gateway.secrets.RandomBytes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A tenant's channel settings: checked against the channel before they are stored (the bot token
 * with {@code getMe}, the WhatsApp token against its number), then stored encrypted, and the bot
 * connected (webhook registered or polling started).
 */
@Component
class Channels {

    private static final Logger log = LoggerFactory.getLogger(Channels.class);
    private static final Pattern BOT_TOKEN = Pattern.compile("^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$");
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("^[A-Za-z0-9_-]{1,256}$");
    private static final Pattern PHONE_NUMBER_ID = Pattern.compile("^[0-9]{5,32}$");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("^[a-z0-9_]{1,512}$");
    private static final Pattern TEMPLATE_LANGUAGE = Pattern.compile("^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})?$");
    private static final Pattern ORIGIN = Pattern.compile(
            "^(\\*|https?://(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:([0-9]{1,5}|\\*))?)$");
    private static final int MAX_ORIGINS = 20;
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private final TenantDirectory directory;
    private final ChannelSettingsStore store;
    private final TelegramBots bots;
    private final WhatsAppNumbers numbers;
    private final SecureRandom random = RandomBytes.seeded();

    Channels(TenantDirectory directory, ChannelSettingsStore store, TelegramBots bots, WhatsAppNumbers numbers) {
        this.directory = directory;
        this.store = store;
        this.bots = bots;
        this.numbers = numbers;
    }

    Mono<ChannelsView> view(UUID tenantId) {
        Mono<ChannelsView.Telegram> telegram = directory.byId(tenantId).flatMap(tenant -> directory.telegram(tenantId)
                        .map(settings -> new ChannelsView.Telegram(true, settings.botUsername(),
                                bots.mode().name().toLowerCase(Locale.ROOT), bots.webhookUrl(tenant.slug()))))
                .defaultIfEmpty(new ChannelsView.Telegram(false, null, bots.mode().name().toLowerCase(Locale.ROOT),
                        null));
        Mono<ChannelsView.WhatsApp> whatsapp = directory.whatsapp(tenantId)
                .map(settings -> new ChannelsView.WhatsApp(true, settings.phoneNumberId(), settings.appSecret() != null,
                        settings.templateName(), settings.templateLanguage()))
                .defaultIfEmpty(new ChannelsView.WhatsApp(false, null, false, null, null));
        Mono<ChannelsView.WebChat> webchat = directory.webchat(tenantId)
                .map(settings -> new ChannelsView.WebChat(settings.allowedOrigins()));
        return Mono.zip(telegram, whatsapp, webchat)
                .map(all -> new ChannelsView(all.getT1(), all.getT2(), all.getT3()));
    }

    Mono<ChannelsView> update(UUID tenantId, ChannelsUpdate update) {
        Mono<Void> telegram = update.telegram() == null ? Mono.empty() : telegram(tenantId, update.telegram());
        Mono<Void> whatsapp = update.whatsapp() == null ? Mono.empty() : whatsapp(tenantId, update.whatsapp());
        Mono<Void> webchat = update.webchat() == null ? Mono.empty()
                : Mono.defer(() -> store.saveWebChat(tenantId, origins(update.webchat().allowedOrigins())));
        return Mono.defer(() -> {
            if (update.webchat() != null) {
                origins(update.webchat().allowedOrigins());
            }
            return telegram.then(whatsapp).then(webchat).then(view(tenantId));
        });
    }

    Mono<Void> removeTelegram(UUID tenantId) {
        return directory.telegram(tenantId)
                .flatMap(previous -> store.deleteTelegram(tenantId).then(bots.disconnect(previous)));
    }

    Mono<Void> removeWhatsApp(UUID tenantId) {
        return store.deleteWhatsApp(tenantId);
    }

    private Mono<Void> telegram(UUID tenantId, ChannelsUpdate.Telegram update) {
        return directory.telegram(tenantId).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(existing -> {
            String token = update.botToken() != null ? update.botToken().strip()
                    : existing.map(TelegramSettings::botToken).orElseThrow(() -> invalid("telegram.botToken is required"));
            if (!BOT_TOKEN.matcher(token).matches()) {
                return Mono.error(invalid("telegram.botToken is not a bot token"));
            }
            String secret = update.webhookSecret() != null ? update.webhookSecret()
                    : existing.map(TelegramSettings::webhookSecret).orElseGet(this::newSecret);
            if (!WEBHOOK_SECRET.matcher(secret).matches()) {
                return Mono.error(invalid("telegram.webhookSecret must be 1-256 of A-Z, a-z, 0-9, '_' and '-'"));
            }
            return bots.username(token)
                    .onErrorMap(TelegramApiException.class, e -> e.errorCode() == 401 || e.errorCode() == 404
                            ? invalid("Telegram does not accept this bot token")
                            : new ResponseStatusException(HttpStatus.BAD_GATEWAY, "Telegram answered " + e.errorCode()))
                    .onErrorMap(error -> !(error instanceof ResponseStatusException),
                            error -> new ResponseStatusException(HttpStatus.BAD_GATEWAY, "Telegram is unreachable"))
                    .flatMap(username -> store.saveTelegram(new TelegramSettings(tenantId, token, secret, username)))
                    .then(existing.filter(previous -> !previous.botToken().equals(token))
                            .map(bots::disconnect).orElse(Mono.empty()))
                    .then(bots.connect(tenantId).onErrorMap(error -> {
                        log.warn("Connecting the Telegram bot of tenant {} failed: {}", tenantId, error.getMessage());
                        return new ResponseStatusException(HttpStatus.BAD_GATEWAY,
                                "the bot was saved, but Telegram did not accept its webhook; try again");
                    }));
        });
    }

    private Mono<Void> whatsapp(UUID tenantId, ChannelsUpdate.WhatsApp update) {
        return directory.whatsapp(tenantId).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(existing -> {
            String number = update.phoneNumberId() != null ? update.phoneNumberId().strip()
                    : existing.map(WhatsAppSettings::phoneNumberId)
                    .orElseThrow(() -> invalid("whatsapp.phoneNumberId is required"));
            if (!PHONE_NUMBER_ID.matcher(number).matches()) {
                return Mono.error(invalid("whatsapp.phoneNumberId must be the number's id (digits)"));
            }
            String token = update.accessToken() != null ? update.accessToken().strip()
                    : existing.map(WhatsAppSettings::accessToken)
                    .orElseThrow(() -> invalid("whatsapp.accessToken is required"));
            if (token.isEmpty() || token.length() > 1024) {
                return Mono.error(invalid("whatsapp.accessToken is not a token"));
            }
            String appSecret = update.appSecret() == null ? existing.map(WhatsAppSettings::appSecret).orElse(null)
                    : update.appSecret().isBlank() ? null : update.appSecret().strip();
            String templateName = update.templateName() != null ? blankToNull(update.templateName())
                    : existing.map(WhatsAppSettings::templateName).orElse(null);
            String templateLanguage = update.templateLanguage() != null ? blankToNull(update.templateLanguage())
                    : existing.map(WhatsAppSettings::templateLanguage).orElse(null);
            if ((templateName == null) != (templateLanguage == null)
                    || (templateName != null && (!TEMPLATE_NAME.matcher(templateName).matches()
                    || !TEMPLATE_LANGUAGE.matcher(templateLanguage).matches()))) {
                return Mono.error(invalid("whatsapp.templateName (a-z, 0-9, '_') and whatsapp.templateLanguage "
                        + "(e.g. en_US) go together"));
            }
            WhatsAppSettings settings = new WhatsAppSettings(tenantId, number, token, appSecret, templateName,
                    templateLanguage);
            return numbers.verify(settings)
                    .onErrorMap(GraphApiException.class, e -> e.httpStatus() >= 500
                            ? new ResponseStatusException(HttpStatus.BAD_GATEWAY, "the WhatsApp API answered "
                            + e.httpStatus())
                            : invalid("WhatsApp does not accept this access token for this number"))
                    .onErrorMap(error -> !(error instanceof ResponseStatusException),
                            error -> new ResponseStatusException(HttpStatus.BAD_GATEWAY,
                                    "the WhatsApp API is unreachable"))
                    .then(store.saveWhatsApp(settings));
        });
    }

    private static List<String> origins(List<String> requested) {
        if (requested == null) {
            throw invalid("webchat.allowedOrigins is required");
        }
        if (requested.size() > MAX_ORIGINS) {
            throw invalid("webchat.allowedOrigins takes at most " + MAX_ORIGINS + " origins");
        }
        List<String> origins = new ArrayList<>();
        for (String origin : requested) {
            String value = origin == null ? "" : origin.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            if (!ORIGIN.matcher(value).matches()) {
                throw invalid("not an origin: use scheme://host[:port], a *. subdomain pattern, or *");
            }
            origins.add(value);
        }
        return List.copyOf(origins);
    }

    private String newSecret() {
        StringBuilder secret = new StringBuilder(48);
        for (int i = 0; i < 48; i++) {
            secret.append(SECRET_ALPHABET.charAt(random.nextInt(SECRET_ALPHABET.length())));
        }
        return secret.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResponseStatusException invalid(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
