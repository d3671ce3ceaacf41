package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.assistant.Replier;
import com.artinsmartrealty.ai.assistant.Understander;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Understanding and replies, the same for the conversation service with a service token
 * ({@code POST /internal/ai/understand|reply}) and for the dashboard's staff trying their knowledge base
 * ({@code POST /api/ai/understand|reply}); who may call which is the security chain's. Empty text is
 * {@code 400}.
 */
@RestController
class TextAiController {

    private final RequestChecks checks;
    private final Understander understander;
    private final Replier replier;

    TextAiController(RequestChecks checks, Understander understander, Replier replier) {
        this.checks = checks;
        this.understander = understander;
        this.replier = replier;
    }

    @PostMapping({"/internal/ai/understand", "/api/ai/understand"})
    Mono<UnderstandResponse> understand(@RequestBody UnderstandRequest request,
                                        @RequestHeader(name = Callers.CORRELATION_HEADER, required = false)
                                        String correlationId) {
        checks.text("text", request.text());
        return Callers.within(correlationId, caller -> understander.understand(caller, request));
    }

    @PostMapping({"/internal/ai/reply", "/api/ai/reply"})
    Mono<ReplyResponse> reply(@RequestBody ReplyRequest request,
                              @RequestHeader(name = Callers.CORRELATION_HEADER, required = false) String correlationId) {
        checks.text("question", request.question());
        return Callers.within(correlationId, caller -> replier.reply(caller, request));
    }
}
