package com.artinsmartrealty.ai.assistant;

import com.artinsmartrealty.ai.AiProperties;
import com.artinsmartrealty.ai.gemini.GeminiProvider;
import com.artinsmartrealty.ai.gemini.ModelFailure;
import com.artinsmartrealty.ai.gemini.Requester;
import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.offline.OfflineUnderstanding;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Understands a message: Gemini when it is on, else (and whenever Gemini fails, is refused or is over
 * budget) the offline reader, which always answers.
 */
@Component
public class Understander {

    /** The slots the conversation service may say it is waiting for. */
    static final Set<String> SLOTS = Set.of("goal", "budget", "propertyType", "transaction", "phone", "area",
            "bedrooms");

    private static final Logger log = LoggerFactory.getLogger(Understander.class);

    private final AiProperties properties;
    private final Optional<GeminiProvider> gemini;

    Understander(AiProperties properties, ObjectProvider<GeminiProvider> gemini) {
        this.properties = properties;
        this.gemini = Optional.ofNullable(gemini.getIfAvailable());
    }

    public Mono<UnderstandResponse> understand(Caller caller, UnderstandRequest request) {
        Language hint = Language.of(request.languageHint()).orElse(null);
        String expecting = request.expecting() != null && SLOTS.contains(request.expecting()) ? request.expecting()
                : null;
        Mono<UnderstandResponse> offline = Mono.fromCallable(() -> OfflineUnderstanding.understand(request.text(),
                hint, expecting, properties.defaultCurrency()));
        if (gemini.isEmpty()) {
            return offline;
        }
        return gemini.get().understand(new Requester(caller.tenantId(), null, caller.correlationId()), request.text(),
                        hint, expecting)
                .onErrorResume(error -> {
                    if (error instanceof ModelFailure failure) {
                        log.info("Understanding offline: {}", failure.reason());
                    } else {
                        log.error("Understanding with the model failed; answering offline", error);
                    }
                    return offline;
                });
    }
}
