package com.artinsmartrealty.ai.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the platform speaks. */
public enum Language {
    FA("fa"), AR("ar"), EN("en"), RU("ru");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used on the wire. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of a code such as {@code fa} or {@code fa-IR}; empty for anything else. */
    public static Optional<Language> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of {@code code}, or {@code fallback}. */
    public static Language orElse(String code, Language fallback) {
        return of(code).orElse(fallback);
    }
}
