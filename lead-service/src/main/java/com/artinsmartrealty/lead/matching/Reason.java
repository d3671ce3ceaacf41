package com.artinsmartrealty.lead.matching;

import java.util.List;

/**
 * Why a listing is offered, as message keys with their arguments; {@link ReasonTexts} words it in the
 * lead's language.
 */
public record Reason(List<Part> parts) {

    public Reason {
        parts = List.copyOf(parts);
    }

    /**
     * One clause.
     *
     * @param key  a key of {@code i18n/lead/texts_<language>.properties}
     * @param args numbers (shown in the language's digits), strings or percentages as {@link java.math.BigDecimal}
     */
    public record Part(String key, List<Object> args) {

        public Part {
            args = List.copyOf(args);
        }

        public static Part of(String key, Object... args) {
            return new Part(key, List.of(args));
        }
    }
}
