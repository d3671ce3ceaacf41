package com.artinsmartrealty.gateway.media;

import com.artinsmartrealty.contracts.api.media.MediaRefs;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A chat's media: for the other services ({@code GET /internal/media?ref=...}, role {@code service})
 * and for the dashboard's transcripts ({@code GET /api/media?ref=...}, the agency's staff): stored
 * channel files and Telegram files not fetched yet. The tenant is the token's; another tenant's
 * reference is a 404.
 */
@RestController
@Tag(name = "internal")
class MediaController {

    private final MediaResolver resolver;

    MediaController(MediaResolver resolver) {
        this.resolver = resolver;
    }

    @GetMapping(MediaRefs.GATEWAY_MEDIA_PATH)
    @Operation(summary = "The bytes behind a media: or telegram-file: reference of the caller's tenant")
    Mono<ResponseEntity<byte[]>> media(@RequestParam String ref) {
        return serve(ref);
    }

    @GetMapping("/api/media")
    @Operation(summary = "A photo or voice note a visitor sent, for the dashboard's transcript", tags = "media")
    Mono<ResponseEntity<byte[]>> forDashboard(@RequestParam String ref) {
        return serve(ref).map(response -> ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header("Cache-Control", "private, max-age=3600")
                .body(response.getBody()));
    }

    private Mono<ResponseEntity<byte[]>> serve(String ref) {
        if (!ref.startsWith(MediaRefs.STORED) && !ref.startsWith(MediaRefs.TELEGRAM_FILE)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "ref must be a media: or telegram-file: reference");
        }
        return CurrentPrincipal.tenantId()
                .flatMap(tenantId -> resolver.resolve(tenantId, ref))
                .map(file -> {
                    var response = ResponseEntity.ok()
                            .contentType(contentType(file.mimeType()))
                            .contentLength(file.content().length);
                    if (file.fileName() != null) {
                        response.header("Content-Disposition",
                                ContentDisposition.attachment().filename(file.fileName(),
                                        java.nio.charset.StandardCharsets.UTF_8).build().toString());
                    }
                    return response.body(file.content());
                })
                .onErrorMap(MediaFailure.class, failure -> new ResponseStatusException(failure.tooLarge()
                        ? HttpStatus.UNPROCESSABLE_ENTITY : failure.retryable() ? HttpStatus.BAD_GATEWAY
                        : HttpStatus.NOT_FOUND, failure.getMessage()))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such media")));
    }

    private static MediaType contentType(String mimeType) {
        try {
            return MediaType.parseMediaType(mimeType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
