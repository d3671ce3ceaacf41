package com.artinsmartrealty.lead.i18n;

import com.artinsmartrealty.lead.matching.Reason;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * lead-service's texts in Persian, Arabic, English and Russian ({@code i18n/lead/texts_<lang>.properties},
 * UTF-8), formatted with ICU so that numbers come out in the language's own digits: Persian
 * {@code ۰۱۲}, Arabic {@code ٠١٢}, Latin otherwise. An unknown language gets English.
 */
public final class LeadTexts {

    public static final Set<String> LANGUAGES = Set.of("en", "fa", "ar", "ru");
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private LeadTexts() {
    }

    /**
     * Loads every language's texts and ICU's number data for them. Called once at start-up, so that no
     * request thread reads files later.
     */
    public static void preload() {
        for (String language : LANGUAGES) {
            number(language, 1_234_567);
            percent(language, new BigDecimal("6.25"));
            // Every text once, so that ICU loads the number, plural and locale data each one needs.
            for (String key : bundle(language).stringPropertyNames()) {
                text(language, key, 1, 2, 3);
            }
        }
    }

    /** The supported language closest to {@code language} (e.g. {@code fa-IR} → {@code fa}). */
    public static String languageOf(String language) {
        if (language == null) {
            return "en";
        }
        String base = language.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = base.indexOf('-') >= 0 ? base.indexOf('-') : base.indexOf('_');
        if (dash > 0) {
            base = base.substring(0, dash);
        }
        return LANGUAGES.contains(base) ? base : "en";
    }

    public static boolean isRightToLeft(String language) {
        String base = languageOf(language);
        return base.equals("fa") || base.equals("ar");
    }

    /** The ICU locale whose number formats use the language's digits. */
    public static ULocale locale(String language) {
        return switch (languageOf(language)) {
            case "fa" -> new ULocale("fa@numbers=arabext");
            case "ar" -> new ULocale("ar@numbers=arab");
            case "ru" -> new ULocale("ru");
            default -> new ULocale("en");
        };
    }

    /** The text under {@code key} with {@code args} filled in. */
    public static String text(String language, String key, Object... args) {
        String base = languageOf(language);
        String pattern = bundle(base).getProperty(key);
        if (pattern == null) {
            pattern = bundle("en").getProperty(key);
        }
        if (pattern == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return new MessageFormat(pattern, locale(base)).format(args);
    }

    /** A reason as one sentence in {@code language}. */
    public static String reason(String language, Reason reason) {
        StringBuilder sentence = new StringBuilder();
        String separator = text(language, "reason.separator");
        for (Reason.Part part : reason.parts()) {
            if (!sentence.isEmpty()) {
                sentence.append(separator);
            }
            Object[] args = part.args().stream()
                    .map(arg -> arg instanceof String code && code.matches("[A-Z]{3}") ? currencyName(language, code) : arg)
                    .toArray();
            sentence.append(text(language, part.key(), args));
        }
        if (!sentence.isEmpty()) {
            sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
        }
        return sentence.toString();
    }

    /** A whole number with grouping, in the language's digits. */
    public static String number(String language, long value) {
        return NumberFormat.getIntegerInstance(locale(language)).format(value);
    }

    /** A percentage such as {@code 6.25}, in the language's digits and with its percent sign. */
    public static String percent(String language, BigDecimal value) {
        return text(language, "format.percent", value);
    }

    /** An amount of money, e.g. {@code 1,250,000 AED}. */
    public static String money(String language, long amount, String currency) {
        return text(language, "format.money", amount, currencyName(language, currency));
    }

    /** The currency as the language writes it (e.g. {@code درهم} for AED in Persian), else its code. */
    public static String currencyName(String language, String currency) {
        if (currency == null) {
            return "";
        }
        String name = bundle(languageOf(language)).getProperty("currency." + currency);
        return name != null ? name : currency;
    }

    private static Properties bundle(String language) {
        return BUNDLES.computeIfAbsent(language, LeadTexts::load);
    }

    private static Properties load(String language) {
        String resource = "i18n/lead/texts_" + language + ".properties";
        try (InputStream in = LeadTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
