package com.artinsmartrealty.ai.knowledge;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A question the agency answers the same way for everyone, worded in one or more languages.
 *
 * @param topic a short label for the dashboard ({@code service-charges}), or null
 */
public record KnowledgeEntry(UUID id, String topic, Map<Language, FaqDocument.QuestionAnswer> wordings,
                             Instant createdAt, Instant updatedAt) {

    public KnowledgeEntry {
        Objects.requireNonNull(id, "id");
        wordings = wordings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(wordings));
    }

    public FaqDocument document() {
        return new FaqDocument(id, wordings);
    }
}
