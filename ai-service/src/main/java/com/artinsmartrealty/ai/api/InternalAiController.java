package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.assistant.MediaSource;
import com.artinsmartrealty.ai.assistant.PhotoReader;
import com.artinsmartrealty.ai.assistant.Replier;
import com.artinsmartrealty.ai.assistant.Transcriber;
import com.artinsmartrealty.ai.assistant.Understander;
import com.artinsmartrealty.ai.media.MediaKind;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.ai.TranscribeRequest;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionRequest;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.platform.logging.LogContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The API the conversation service calls with a service token for one tenant:
 * {@code POST /internal/ai/understand|reply|transcribe|vision}. Voice notes and photos come as references
 * to the gateway's media store; one that cannot be read is answered with {@code failed} or
 * {@code unavailable} and the text to send the user, so the chat always has something to say.
 */
@RestController
@RequestMapping("/internal/ai")
class InternalAiController {

    private final RequestChecks checks;
    private final Understander understander;
    private final Replier replier;
    private final Transcriber transcriber;
    private final PhotoReader photos;

    InternalAiController(RequestChecks checks, Understander understander, Replier replier, Transcriber transcriber,
                         PhotoReader photos) {
        this.checks = checks;
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

    @PostMapping("/transcribe")
    Mono<TranscribeResponse> transcribe(@RequestBody TranscribeRequest request,
                                        @RequestHeader(name = Callers.CORRELATION_HEADER, required = false)
                                        String correlationId) {
        checks.present("media", request.media());
        return Callers.current(correlationId).flatMap(caller -> transcriber.transcribe(caller,
                        new MediaSource.Stored(request.media(), MediaKind.VOICE), request.languageHint(),
                        request.leadId())
                .contextWrite(LogContext.fields(caller.tenantId().toString(), null, caller.correlationId())));
    }

    @PostMapping("/vision")
    Mono<VisionResponse> vision(@RequestBody VisionRequest request,
                                @RequestHeader(name = Callers.CORRELATION_HEADER, required = false) String correlationId) {
        checks.present("media", request.media());
        return Callers.current(correlationId).flatMap(caller -> photos.read(caller,
                        new MediaSource.Stored(request.media(), MediaKind.PHOTO), request.languageHint(),
                        request.leadId())
                .contextWrite(LogContext.fields(caller.tenantId().toString(), null, caller.correlationId())));
    }
}
