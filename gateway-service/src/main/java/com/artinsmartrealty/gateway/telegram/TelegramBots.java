package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.gateway.GatewayProperties;
import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetWebhook;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Connects tenant bots to the gateway: with a public URL each bot's webhook is registered
 * ({@code setWebhook} with the tenant's secret token, at start and whenever its settings change);
 * without one, the bots are long-polled ({@link TelegramPolling}).
 */
@Component
public class TelegramBots implements SmartLifecycle {

    /** The update kinds the platform reads; Telegram sends nothing else. */
    static final String[] ALLOWED_UPDATES = {"message", "edited_message", "callback_query", "my_chat_member"};

    private static final Logger log = LoggerFactory.getLogger(TelegramBots.class);

    private final TelegramClient telegram;
    private final TenantDirectory directory;
    private final TelegramPolling polling;
    private final TelegramProperties.Mode mode;
    private final String publicUrl;
    private volatile Disposable registration;
    private volatile boolean running;

    TelegramBots(TelegramClient telegram, TenantDirectory directory, TelegramPolling polling,
                 TelegramProperties properties, GatewayProperties gateway) {
        this.telegram = telegram;
        this.directory = directory;
        this.polling = polling;
        this.publicUrl = gateway.publicUrl();
        this.mode = properties.mode() != TelegramProperties.Mode.AUTO ? properties.mode()
                : publicUrl != null ? TelegramProperties.Mode.WEBHOOK : TelegramProperties.Mode.POLLING;
        if (mode == TelegramProperties.Mode.WEBHOOK && publicUrl == null) {
            throw new IllegalStateException("gateway.telegram.mode=webhook needs gateway.public-url (GATEWAY_PUBLIC_URL)");
        }
    }

    /** How updates reach the gateway on this deployment. */
    public TelegramProperties.Mode mode() {
        return mode;
    }

    /** Where Telegram sends the tenant's updates in webhook mode, or null. */
    public String webhookUrl(String tenantSlug) {
        return mode == TelegramProperties.Mode.WEBHOOK ? publicUrl + "/webhooks/telegram/" + tenantSlug : null;
    }

    /** The bot's {@code @username} when the token is valid; fails with {@link TelegramApiException} when not. */
    public Mono<String> username(String botToken) {
        return telegram.execute(botToken, new GetMe()).map(response -> response.user().username());
    }

    /** Points the tenant's bot at the gateway after its settings changed. */
    public Mono<Void> connect(UUID tenantId) {
        return switch (mode) {
            case WEBHOOK -> directory.byId(tenantId).zipWith(directory.telegram(tenantId))
                    .flatMap(found -> setWebhook(found.getT2(), found.getT1().slug()));
            case POLLING -> Mono.fromRunnable(polling::refreshSoon);
            case AUTO, OFF -> Mono.empty();
        };
    }

    /** Detaches a bot the tenant removed or replaced, so it stops sending updates here. */
    public Mono<Void> disconnect(TelegramSettings previous) {
        Mono<Void> stop = mode == TelegramProperties.Mode.POLLING ? Mono.fromRunnable(polling::refreshSoon)
                : Mono.empty();
        return stop.then(telegram.execute(previous.botToken(), new DeleteWebhook()).then())
                .onErrorResume(error -> {
                    log.warn("deleteWebhook of a removed bot failed: {}", error.getMessage());
                    return Mono.empty();
                });
    }

    private Mono<Void> setWebhook(TelegramSettings settings, String slug) {
        return telegram.execute(settings.botToken(), new SetWebhook()
                        .url(webhookUrl(slug))
                        .secretToken(settings.webhookSecret())
                        .allowedUpdates(ALLOWED_UPDATES)
                        .maxConnections(40))
                .doOnSuccess(done -> log.info("Telegram webhook registered for tenant {}", settings.tenantId()))
                .then();
    }

    @Override
    public void start() {
        running = true;
        if (mode == TelegramProperties.Mode.WEBHOOK) {
            registration = directory.telegramBotTenants()
                    .concatMap(tenantId -> connect(tenantId).onErrorResume(error -> {
                        log.warn("setWebhook for tenant {} failed: {}", tenantId, error.getMessage());
                        return Mono.empty();
                    }))
                    .subscribe();
        } else if (mode == TelegramProperties.Mode.POLLING) {
            polling.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        Disposable current = registration;
        if (current != null) {
            current.dispose();
        }
        polling.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
