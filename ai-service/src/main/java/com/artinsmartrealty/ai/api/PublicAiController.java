package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.assistant.MediaSource;
import com.artinsmartrealty.ai.assistant.PhotoReader;
import com.artinsmartrealty.ai.assistant.Transcriber;
import com.artinsmartrealty.ai.media.MediaKind;
import com.artinsmartrealty.ai.media.MediaProperties;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
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
 * Voice notes and photos for the dashboard (agents and tenant admins reading a voice note or photo;
 * understanding and replies: {@link TextAiController}): {@code POST /api/ai/transcribe}
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

    private final MediaProperties media;
    private final Transcriber transcriber;
    private final PhotoReader photos;

    PublicAiController(MediaProperties media, Transcriber transcriber, PhotoReader photos) {
        this.media = media;
        this.transcriber = transcriber;
        this.photos = photos;
    }

    @PostMapping(path = "/transcribe", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<TranscribeResponse> transcribe(@RequestBody Flux<PartEvent> parts, @RequestHeader HttpHeaders headers) {
        long max = media.maxBytes(MediaKind.VOICE);
        refuseDeclaredOversize(headers, max);
        return Callers.within(headers.getFirst(Callers.CORRELATION_HEADER), caller -> Uploads.read(parts,
                        MediaKind.VOICE, max)
                .flatMap(upload -> transcriber.transcribe(caller, new MediaSource.Uploaded(upload.media()),
                        upload.field("language").orElse(null), leadId(upload))));
    }

    @PostMapping(path = "/vision", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<VisionResponse> vision(@RequestBody Flux<PartEvent> parts, @RequestHeader HttpHeaders headers) {
        long max = media.maxBytes(MediaKind.PHOTO);
        refuseDeclaredOversize(headers, max);
        return Callers.within(headers.getFirst(Callers.CORRELATION_HEADER), caller -> Uploads.read(parts,
                        MediaKind.PHOTO, max)
                .flatMap(upload -> photos.read(caller, new MediaSource.Uploaded(upload.media()),
                        upload.field("language").orElse(null), leadId(upload))));
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
