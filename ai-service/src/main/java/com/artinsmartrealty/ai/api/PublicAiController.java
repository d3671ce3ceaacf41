package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.assistant.MediaSource;
import com.artinsmartrealty.ai.assistant.PhotoReader;
import com.artinsmartrealty.ai.assistant.Replier;
import com.artinsmartrealty.ai.assistant.Transcriber;
import com.artinsmartrealty.ai.assistant.Understander;
import com.artinsmartrealty.ai.media.MediaKind;
import com.artinsmartrealty.ai.media.MediaProperties;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.platform.logging.LogContext;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The same operations for the dashboard (agents and tenant admins trying their knowledge base, reading a
 * voice note or photo): {@code POST /api/ai/understand|reply} with JSON, {@code POST /api/ai/transcribe}
 * and {@code /api/ai/vision} with a multipart upload (part {@code file}, optional fields {@code language}
 * and {@code leadId}). Empty text is {@code 400}; a voice note over 20 MB or a photo over 10 MB is
 * {@code 413}, refused from its declared length before any of it is read; an unsupported type is
 * {@code 415}. Nothing is stored.
 */
@RestController
@RequestMapping("/api/ai")
class PublicAiController {

    /** Room for the multipart envelope and form fields around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final RequestChecks checks;
    private final MediaProperties media;
    private final Understander understander;
    private final Replier replier;
    private final Transcriber transcriber;
    private final PhotoReader photos;

    PublicAiController(RequestChecks checks, MediaProperties media, Understander understander, Replier replier,
                       Transcriber transcriber, PhotoReader photos) {
        this.checks = checks;
        this.media = media;
        this.understander = understander;
        this.replier = replier;
        this.transcriber = transcriber;
        this.photos = photos;
    }

    @PostMapping("/understand")
    Mono<UnderstandResponse> understand(@RequestBody UnderstandRequest request,
                                        @RequestHeader(name = Callers.CORRELATION_HEADER, required = false)
                                        String correlationId) {
        checks.text("text", request.text());
        return Callers.current(correlationId).flatMap(caller -> understander.understand(caller, request)
                .contextWrite(LogContext.fields(caller.tenantId().toString(), null, caller.correlationId())));
    }

    @PostMapping("/reply")
    Mono<ReplyResponse> reply(@RequestBody ReplyRequest request,
                              @RequestHeader(name = Callers.CORRELATION_HEADER, required = false) String correlationId) {
        checks.text("question", request.question());
        return Callers.current(correlationId).flatMap(caller -> replier.reply(caller, request)
                .contextWrite(LogContext.fields(caller.tenantId().toString(), null, caller.correlationId())));
    }

    @PostMapping(path = "/transcribe", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<TranscribeResponse> transcribe(@RequestBody Flux<PartEvent> parts, @RequestHeader HttpHeaders headers) {
        long max = media.maxBytes(MediaKind.VOICE);
        refuseDeclaredOversize(headers, max);
        return Callers.current(headers.getFirst(Callers.CORRELATION_HEADER))
                .flatMap(caller -> Uploads.read(parts, MediaKind.VOICE, max)
                        .flatMap(upload -> transcriber.transcribe(caller, new MediaSource.Uploaded(upload.media()),
                                upload.field("language").orElse(null), leadId(upload)))
                        .contextWrite(LogContext.fields(caller.tenantId().toString(), null, caller.correlationId())));
    }

    @PostMapping(path = "/vision", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<VisionResponse> vision(@RequestBody Flux<PartEvent> parts, @RequestHeader HttpHeaders headers) {
        long max = media.maxBytes(MediaKind.PHOTO);
        refuseDeclaredOversize(headers, max);
        return Callers.current(headers.getFirst(Callers.CORRELATION_HEADER))
                .flatMap(caller -> Uploads.read(parts, MediaKind.PHOTO, max)
                        .flatMap(upload -> photos.read(caller, new MediaSource.Uploaded(upload.media()),
                                upload.field("language").orElse(null), leadId(upload)))
                        .contextWrite(LogContext.fields(caller.tenantId().toString(), null, caller.correlationId())));
    }

    private static void refuseDeclaredOversize(HttpHeaders headers, long max) {
        if (headers.getContentLength() > max + MULTIPART_OVERHEAD) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "the upload is larger than " + max / (1024 * 1024) + " MB");
        }
    }

    private static UUID leadId(Uploads.Upload upload) {
        return upload.field("leadId").map(value -> {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "leadId must be a UUID");
            }
        }).orElse(null);
    }
}
