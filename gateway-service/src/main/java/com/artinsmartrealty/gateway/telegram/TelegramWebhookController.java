package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.Tenant;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Telegram's webhook for one tenant's bot. The secret header is checked before the update is read;
 * a missing or wrong secret is 403 and nothing is published. An accepted update is answered only
 * after the broker has it; updates the platform does not use are answered 200, so Telegram does not
 * send them again.
 */
@RestController
@Tag(name = "channels")
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TenantDirectory directory;
    private final TelegramIngest ingest;

    TelegramWebhookController(TenantDirectory directory, TelegramIngest ingest) {
        this.directory = directory;
        this.ingest = ingest;
    }

    @PostMapping(path = "/webhooks/telegram/{tenantSlug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Telegram Bot API updates for one agency's bot (X-Telegram-Bot-Api-Secret-Token)")
    Mono<ResponseEntity<Void>> receive(@PathVariable String tenantSlug,
                                       @RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                       @RequestBody(required = false) String body) {
        return directory.bySlug(tenantSlug)
                .filter(Tenant::active)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown bot")))
                .flatMap(tenant -> directory.telegram(tenant.id())
                        .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown bot"))))
                .flatMap(settings -> {
                    if (!secretMatches(settings, secret)) {
                        return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                                "missing or wrong secret token"));
                    }
                    return ingest.accept(settings, parse(body));
                })
                .thenReturn(ResponseEntity.ok().<Void>build());
    }

    private static boolean secretMatches(TelegramSettings settings, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(settings.webhookSecret().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static Update parse(String body) {
        try {
            Update update = body == null ? null : BotUtils.parseUpdate(body);
            if (update == null || update.updateId() == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a Telegram update");
            }
            return update;
        } catch (ResponseStatusException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a Telegram update");
        }
    }
}
