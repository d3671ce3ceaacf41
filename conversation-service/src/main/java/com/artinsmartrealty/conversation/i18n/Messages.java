package com.artinsmartrealty.conversation.i18n;

import com.artinsmartrealty.conversation.state.Text;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The bot's texts in Persian, Arabic, English and Russian, from
 * {@code i18n/conversation/messages_<lang>.properties}, rendered with ICU in the conversation's
 * locale: numbers in Persian or Arabic-Indic digits where those are the local ones, plurals by the
 * language's rules. In right-to-left languages every inserted string (a phone number, a listing's
 * Latin title) is wrapped in Unicode directional isolates, so it cannot scramble the sentence around
 * it. A missing key fails loudly: a Persian conversation never silently falls back to English.
 */
@Component
public class Messages {

    /** The languages the bot speaks. */
    public static final List<String> LANGUAGES = List.of("fa", "ar", "en", "ru");

    static final char FIRST_STRONG_ISOLATE = '\u2068';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    private static final String PARAGRAPH = "\n\n";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, ResourceBundle> bundles;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    /**
     * Loads every bundle and compiles every pattern up front, formatting each once so ICU loads its
     * locale data (digits, plural rules, compact numbers) now: no file is read while a conversation
     * waits, and nothing blocks an event loop later.
     */
    public Messages() {
        this.bundles = LANGUAGES.stream().collect(Collectors.toUnmodifiableMap(language -> language,
                language -> ResourceBundle.getBundle("i18n.conversation.messages", Locale.forLanguageTag(language),
                        NO_FALLBACK)));
        List<Object> sample = List.of(2_500_000L, new java.math.BigDecimal("6.5"), "x", 3);
        for (String language : LANGUAGES) {
            for (String key : bundles.get(language).keySet()) {
                format(language, key, sample);
            }
        }
    }

    /** Paragraphs, rendered and joined. */
    public String render(String language, List<Text> paragraphs) {
        return paragraphs.stream().map(text -> render(language, text)).collect(Collectors.joining(PARAGRAPH));
    }

    public String render(String language, Text text) {
        return switch (text) {
            case Text.Verbatim verbatim -> verbatim.text();
            case Text.Localized localized -> format(language, localized.key(), localized.args());
            case Text.Joined joined -> joined.parts().stream().map(part -> render(language, part))
                    .collect(Collectors.joining(joined.separator()));
        };
    }

    public String text(String language, String key, List<Object> args) {
        return format(language, key, args);
    }

    /** The locale numbers are written in: Persian and Arabic take their own digits. */
    static ULocale locale(String language) {
        return switch (language) {
            case "fa" -> new ULocale("fa@numbers=arabext");
            case "ar" -> new ULocale("ar@numbers=arab");
            default -> new ULocale(language);
        };
    }

    public static boolean rightToLeft(String language) {
        return "fa".equals(language) || "ar".equals(language);
    }

    private String format(String language, String key, List<Object> args) {
        String pattern = pattern(language, key);
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = argument(language, args.get(i));
        }
        MessageFormat format = (MessageFormat) formats
                .computeIfAbsent(language + '\u0000' + key, ignored -> new MessageFormat(pattern, locale(language)))
                .clone();
        return format.format(values);
    }

    private Object argument(String language, Object value) {
        return switch (value) {
            case Text text -> isolate(language, render(language, text));
            case String string -> isolate(language, string);
            case null -> "";
            default -> value;
        };
    }

    private static String isolate(String language, String value) {
        return rightToLeft(language) ? FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE : value;
    }

    private String pattern(String language, String key) {
        ResourceBundle bundle = bundles.get(language);
        if (bundle == null) {
            throw new IllegalArgumentException("the bot does not speak " + language);
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in " + language, e);
        }
    }
}
