package com.artinsmartrealty.contracts.api.ai;

import java.util.List;

/**
 * @param grounded true when the answer rests on the tenant's knowledge base or listings
 * @param sources  ids of the FAQ entries and listings it rests on
 * @param fallback true when the answer is a prepared fallback (model unavailable, nothing found)
 */
public record ReplyResponse(String text, String language, boolean grounded, List<String> sources,
                            boolean fallback) {

    public ReplyResponse {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
