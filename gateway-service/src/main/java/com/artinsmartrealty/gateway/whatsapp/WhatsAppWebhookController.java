package com.artinsmartrealty.gateway.whatsapp;

import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp Cloud API webhook. The verification GET echoes {@code hub.challenge} when
 * {@code hub.verify_token} matches. A POST must carry {@code X-Hub-Signature-256} over its raw bytes,
 * signed with the platform's app secret, or with the own app secret of every tenant it concerns:
 * missing is 401, wrong is 403, and nothing is published either way. An authenticated payload is
 * answered 200 once all it carries is processed, 503 when part of it must be delivered again.
 */
@RestController
@Tag(name = "channels")
class WhatsAppWebhookController {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);
    private static final int MAX_CHALLENGE_LENGTH = 128;

    private final WhatsAppProperties properties;
    private final TenantDirectory directory;
    private final WhatsAppIngest ingest;
    private final JsonMapper json;

    WhatsAppWebhookController(WhatsAppProperties properties, TenantDirectory directory, WhatsAppIngest ingest,
                              JsonMapper json) {
        this.properties = properties;
        this.directory = directory;
        this.ingest = ingest;
        this.json = json;
    }

    @GetMapping(path = "/webhooks/whatsapp", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Meta's webhook verification: echoes hub.challenge when hub.verify_token matches")
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean valid = "subscribe".equals(mode) && token != null && properties.verifyToken() != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                properties.verifyToken().getBytes(StandardCharsets.UTF_8))
                && challenge != null && !challenge.isEmpty() && challenge.length() <= MAX_CHALLENGE_LENGTH;
        if (!valid) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "verification failed");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping(path = "/webhooks/whatsapp", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cloud API notifications (messages and statuses), signed with X-Hub-Signature-256")
    Mono<ResponseEntity<Void>> receive(@RequestHeader(name = WhatsAppSignature.HEADER, required = false)
                                       String signature,
                                       @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        byte[] presented = WhatsAppSignature.presented(signature);
        if (presented == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED, "X-Hub-Signature-256 is missing"));
        }
        return authenticated(presented, raw)
                .flatMap(ingest::accept)
                .thenReturn(ResponseEntity.ok().<Void>build())
                .onErrorMap(WhatsAppIngest.Incomplete.class, incomplete -> new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE, "part of the payload must be delivered again"));
    }

    /** The payload, once its signature is proven; 403 otherwise, and 400 for a signed payload that is not JSON. */
    private Mono<JsonNode> authenticated(byte[] presented, byte[] raw) {
        if (WhatsAppSignature.matches(presented, raw, properties.appSecret())) {
            return Mono.just(parse(raw, HttpStatus.BAD_REQUEST));
        }
        JsonNode payload = parse(raw, HttpStatus.FORBIDDEN);
        Set<String> numbers = new LinkedHashSet<>();
        WhatsAppIngest.values(payload).forEach(value -> WhatsAppIngest.phoneNumberId(value).ifPresent(numbers::add));
        if (numbers.isEmpty()) {
            return Mono.error(forbidden());
        }
        return Flux.fromIterable(numbers)
                .concatMap(number -> directory.whatsappTenant(number).flatMap(directory::whatsapp)
                        .mapNotNull(WhatsAppSettings::appSecret)
                        .map(secret -> WhatsAppSignature.matches(presented, raw, secret))
                        .defaultIfEmpty(false))
                .all(Boolean::booleanValue)
                .flatMap(all -> all ? Mono.just(payload) : Mono.error(forbidden()));
    }

    private JsonNode parse(byte[] raw, HttpStatus whenInvalid) {
        try {
            JsonNode payload = json.readTree(raw);
            if (payload == null || !payload.isObject()) {
                throw new ResponseStatusException(whenInvalid, "not a WhatsApp notification");
            }
            return payload;
        } catch (ResponseStatusException e) {
            throw e;
        } catch (RuntimeException e) {
            throw whenInvalid == HttpStatus.FORBIDDEN ? forbidden()
                    : new ResponseStatusException(whenInvalid, "not a WhatsApp notification");
        }
    }

    private static ResponseStatusException forbidden() {
        log.warn("WhatsApp webhook with a wrong signature refused");
        return new ResponseStatusException(HttpStatus.FORBIDDEN, "X-Hub-Signature-256 does not match");
    }
}
