package com.artinsmartrealty.ai.knowledge;

import java.util.List;

/**
 * What the dashboard sends to create or replace an entry: {@code POST /api/knowledge-base},
 * {@code PUT /api/knowledge-base/{id}}.
 */
public record KnowledgeEntryBody(String topic, List<Wording> translations) {

    /** An entry's question and answer in one language ({@code fa}, {@code ar}, {@code en}, {@code ru}). */
    public record Wording(String language, String question, String answer) {
    }
}
