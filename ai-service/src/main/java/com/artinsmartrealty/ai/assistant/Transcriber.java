package com.artinsmartrealty.ai.assistant;

import com.artinsmartrealty.ai.gemini.GeminiProvider;
import com.artinsmartrealty.ai.gemini.ModelFailure;
import com.artinsmartrealty.ai.gemini.Requester;
import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.media.MediaProblem;
import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.MediaStatus;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Voice notes to transcript, language and entities in one Gemini call. Without Gemini, or when it
 * cannot answer now, the answer is {@code unavailable} with the whitepaper's fallback text in the user's
 * language; a voice note that cannot be read (too large, not audio, gone, inaudible) is {@code failed}.
 * A reference to another tenant's media is refused as an error, never answered.
 */
@Component
public class Transcriber {

    private static final Logger log = LoggerFactory.getLogger(Transcriber.class);

    private final MediaLoader media;
    private final Optional<GeminiProvider> gemini;
    private final Texts texts = Texts.instance();

    Transcriber(MediaLoader media, ObjectProvider<GeminiProvider> gemini) {
        this.media = media;
        this.gemini = Optional.ofNullable(gemini.getIfAvailable());
    }

    public Mono<TranscribeResponse> transcribe(Caller caller, MediaSource source, String languageHint, UUID leadId) {
        Language language = Language.of(languageHint).orElse(Language.EN);
        return Mono.defer(() -> {
                    media.checkDeclared(caller.tenantId(), source);
                    if (gemini.isEmpty()) {
                        return Mono.just(answer(MediaStatus.UNAVAILABLE, language));
                    }
                    Requester requester = new Requester(caller.tenantId(), leadId, caller.correlationId());
                    return media.load(caller.tenantId(), source)
                            .flatMap(voice -> gemini.get().transcribe(requester, voice, Language.of(languageHint)
                                    .orElse(null)));
                })
                .onErrorResume(ModelFailure.class, failure -> {
                    log.info("Voice note not transcribed: {}", failure.reason());
                    return Mono.just(answer(failure.reason() == ModelFailure.Reason.BLOCKED
                            || failure.reason() == ModelFailure.Reason.MALFORMED
                            ? MediaStatus.FAILED : MediaStatus.UNAVAILABLE, language));
                })
                .onErrorResume(error -> !(error instanceof MediaProblem), error -> {
                    log.error("Transcribing a voice note failed", error);
                    return Mono.just(answer(MediaStatus.UNAVAILABLE, language));
                })
                .onErrorResume(Transcriber::unreadable, error -> {
                    MediaProblem problem = (MediaProblem) error;
                    log.info("Voice note not read: {}", problem.reason());
                    return Mono.just(answer(problem.reason() == MediaProblem.Reason.UNAVAILABLE
                            ? MediaStatus.UNAVAILABLE : MediaStatus.FAILED, language));
                });
    }

    /** Media problems the user is told about; a foreign reference is the caller's error. */
    static boolean unreadable(Throwable error) {
        return error instanceof MediaProblem problem && problem.reason() != MediaProblem.Reason.FOREIGN;
    }

    private TranscribeResponse answer(MediaStatus status, Language language) {
        Text text = status == MediaStatus.UNAVAILABLE ? Text.VOICE_UNAVAILABLE : Text.VOICE_FAILED;
        return new TranscribeResponse(status, null, language.code(), Entities.none(), texts.get(language, text));
    }
}
