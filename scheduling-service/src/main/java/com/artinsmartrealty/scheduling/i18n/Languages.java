package com.artinsmartrealty.scheduling.i18n;

import java.util.List;
import java.util.Locale;

/** The languages leads and staff read: Persian, Arabic, English and Russian. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("fa", "ar", "en", "ru");
    public static final String FALLBACK = "en";

    private Languages() {
    }

    /** The supported language a tag names ({@code fa-IR} is {@code fa}), or English. */
    public static String of(String tag) {
        if (tag == null || tag.isBlank()) {
            return FALLBACK;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? language : FALLBACK;
    }

    /** The first supported language of an {@code Accept-Language} header, or English. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return FALLBACK;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                if (SUPPORTED.contains(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return FALLBACK;
        }
        return FALLBACK;
    }
}
