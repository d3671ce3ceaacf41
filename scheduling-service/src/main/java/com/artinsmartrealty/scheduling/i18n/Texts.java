package com.artinsmartrealty.scheduling.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service's texts in Persian, Arabic, English and Russian, from
 * {@code i18n/scheduling/messages_<lang>.properties}, loaded up front. A missing key fails loudly: a
 * Persian reminder never silently falls back to English.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, ResourceBundle> bundles;

    public Texts() {
        this.bundles = Languages.SUPPORTED.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                language -> ResourceBundle.getBundle("i18n.scheduling.messages", Locale.forLanguageTag(language),
                        NO_FALLBACK)));
    }

    /** The text {@code key} in the language (English when unknown), with {@code args} filled in. */
    public String text(String language, String key, Object... args) {
        String supported = Languages.of(language);
        String pattern;
        try {
            pattern = bundles.get(supported).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in " + supported, e);
        }
        return new MessageFormat(pattern, new ULocale(supported)).format(args);
    }
}
