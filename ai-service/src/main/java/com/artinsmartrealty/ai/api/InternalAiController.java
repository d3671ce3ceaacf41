package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.assistant.MediaSource;
import com.artinsmartrealty.ai.assistant.PhotoReader;
import com.artinsmartrealty.ai.assistant.Transcriber;
import com.artinsmartrealty.ai.media.MediaKind;
import com.artinsmartrealty.contracts.api.ai.TranscribeRequest;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.VisionRequest;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Voice notes and photos for the conversation service, with a service token for one tenant:
 * {@code POST /internal/ai/transcribe|vision} (understanding and replies: {@link TextAiController}). Voice notes and photos come as references
 * to the gateway's media store; one that cannot be read is answered with {@code failed} or
 * {@code unavailable} and the text to send the user, so the chat always has something to say.
 */
@RestController
@RequestMapping("/internal/ai")
class InternalAiController {

    private final RequestChecks checks;
    private final Transcriber transcriber;
    private final PhotoReader photos;

    InternalAiController(RequestChecks checks, Transcriber transcriber, PhotoReader photos) {
        this.checks = checks;
        this.transcriber = transcriber;
        this.photos = photos;
    }

    @PostMapping("/transcribe")
    Mono<TranscribeResponse> transcribe(@RequestBody TranscribeRequest request,
                                        @RequestHeader(name = Callers.CORRELATION_HEADER, required = false)
                                        String correlationId) {
        checks.present("media", request.media());
        return Callers.within(correlationId, caller -> transcriber.transcribe(caller,
                new MediaSource.Stored(request.media(), MediaKind.VOICE), request.languageHint(), request.leadId()));
    }

    @PostMapping("/vision")
    Mono<VisionResponse> vision(@RequestBody VisionRequest request,
                                @RequestHeader(name = Callers.CORRELATION_HEADER, required = false) String correlationId) {
        checks.present("media", request.media());
        return Callers.within(correlationId, caller -> photos.read(caller,
                new MediaSource.Stored(request.media(), MediaKind.PHOTO), request.languageHint(), request.leadId()));
    }
}
