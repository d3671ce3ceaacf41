package com.artinsmartrealty.ai;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the AI service accepts and assumes.
 *
 * @param defaultCurrency the currency of amounts written without one (ISO 4217)
 * @param maxTextLength   the longest text to understand or answer, in characters
 */
@ConfigurationProperties("ai")
public record AiProperties(String defaultCurrency, int maxTextLength) {

    public AiProperties {
        defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? "AED" : defaultCurrency;
        maxTextLength = maxTextLength <= 0 ? 4096 : maxTextLength;
    }
}
