package com.artinsmartrealty.ai.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An entry as the dashboard reads it; translations in the order fa, ar, en, ru. */
public record KnowledgeEntryView(UUID id, String topic, List<KnowledgeEntryBody.Wording> translations,
                                 Instant createdAt, Instant updatedAt) {

    static KnowledgeEntryView of(KnowledgeEntry entry) {
        List<KnowledgeEntryBody.Wording> wordings = entry.wordings().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(wording -> new KnowledgeEntryBody.Wording(wording.getKey().code(), wording.getValue().question(),
                        wording.getValue().answer()))
                .toList();
        return new KnowledgeEntryView(entry.id(), entry.topic(), wordings, entry.createdAt(), entry.updatedAt());
    }

    /** {@code {"items": [...], "nextCursor": ...}}; {@code nextCursor} is null on the last page. */
    public record Page(List<KnowledgeEntryView> items, String nextCursor) {
    }
}
