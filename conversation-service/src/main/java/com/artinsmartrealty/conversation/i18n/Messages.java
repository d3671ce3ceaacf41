package com.artinsmartrealty.conversation.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The bot's texts in Persian, Arabic, English and Russian, from
 * {@code i18n/conversation/messages_<lang>.properties}.
 * Arguments are formatted with ICU in the conversation's locale, so numbers come out in Persian or
 * Arabic-Indic digits where those are the local ones. A missing key fails loudly: a Persian
 * conversation never silently falls back to English.
 */
@Component
public class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The languages the bot speaks. */
    public static final List<String> LANGUAGES = List.of("fa", "ar", "en", "ru");

    private final Map<String, ResourceBundle> bundles;

    /** Loads every bundle up front: no file is read while a conversation waits. */
    public Messages() {
        this.bundles = LANGUAGES.stream().collect(Collectors.toUnmodifiableMap(language -> language,
                language -> ResourceBundle.getBundle("i18n.conversation.messages", Locale.forLanguageTag(language),
                        NO_FALLBACK)));
    }

    public String text(String language, String key, List<Object> args) {
        ResourceBundle bundle = bundles.get(language);
        if (bundle == null) {
            throw new IllegalArgumentException("the bot does not speak " + language);
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in " + language, e);
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, new ULocale(language)).format(args.toArray());
    }
}
