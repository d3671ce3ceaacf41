package com.artinsmartrealty.contracts.api.ai;

/**
 * {@code POST /internal/ai/understand}: classify a message and extract its entities.
 *
 * @param languageHint the conversation's current language, or null
 * @param expecting    the slot the bot asked for ({@code goal}, {@code budget}, {@code propertyType},
 *                     {@code transaction}, {@code phone}), or null
 */
public record UnderstandRequest(String text, String languageHint, String expecting) {
}
