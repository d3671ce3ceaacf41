package com.artinsmartrealty.ai.retrieval;

import com.artinsmartrealty.ai.i18n.Language;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A knowledge-base entry as the index reads it: its question and answer in each language it has. */
public record FaqDocument(UUID id, Map<Language, QuestionAnswer> translations) {

    public FaqDocument {
        Objects.requireNonNull(id, "id");
        translations = Map.copyOf(translations);
    }

    /** One language's wording. */
    public record QuestionAnswer(String question, String answer) {
    }

    public Optional<QuestionAnswer> in(Language language) {
        return Optional.ofNullable(translations.get(language));
    }
}
