package com.artinsmartrealty.ai.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The service's own sentences (fallbacks, prepared answers, listing summaries) in every language, from
 * {@code i18n/ai/texts_<lang>.properties}. Arguments are formatted with ICU in the language's locale, so
 * numbers and plurals come out the local way. A missing text fails loudly at start: a Persian user never
 * silently gets English.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Texts INSTANCE = new Texts();

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    private Texts() {
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle("i18n.ai.texts", Locale.forLanguageTag(language.code()),
                    NO_FALLBACK));
        }
        for (Text text : Text.values()) {
            for (Language language : Language.values()) {
                pattern(language, text);
            }
        }
    }

    public static Texts instance() {
        return INSTANCE;
    }

    public String get(Language language, Text text, Object... args) {
        String pattern = pattern(language, text);
        return args.length == 0 ? pattern : new MessageFormat(pattern, new ULocale(language.code())).format(args);
    }

    private String pattern(Language language, Text text) {
        try {
            return bundles.get(language).getString(text.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + text.key() + " in " + language.code(), e);
        }
    }
}
