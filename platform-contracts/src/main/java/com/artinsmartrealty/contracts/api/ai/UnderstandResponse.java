package com.artinsmartrealty.contracts.api.ai;

/**
 * @param language   the message's language ({@code fa}, {@code ar}, {@code en}, {@code ru})
 * @param confidence 0..1
 * @param provider   {@code offline} or {@code gemini}
 */
public record UnderstandResponse(Intent intent, String language, Entities entities, double confidence,
                                 String provider) {
}
