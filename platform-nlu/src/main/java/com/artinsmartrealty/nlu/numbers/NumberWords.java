package com.artinsmartrealty.nlu.numbers;

import com.artinsmartrealty.nlu.text.TextNormalizer;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads spelled-out numbers in Persian, Arabic, English and Russian ("two million", "دو میلیون",
 * "مليونين", "два миллиона"). The words and their values come from ICU's spell-out rules for each
 * language (every cardinal rule set, so Russian cases and Arabic genders are known); composition is
 * the usual place-value sum. Only what ICU does not spell is added by hand: Arabic dual and plural
 * magnitudes, the genitive tens and fused hundreds of everyday Arabic, and the words for "half".
 */
public final class NumberWords {

    private static final long[] MAGNITUDES = {100L, 1_000L, 1_000_000L, 1_000_000_000L};
    private static final Map<String, Long> WORDS = buildLexicon();
    private static final Map<String, Double> HALVES = Map.of(
            "half", 0.5, "نیم", 0.5, "نصف", 0.5, "пол", 0.5, "половина", 0.5, "полтора", 1.5, "полторы", 1.5);

    private NumberWords() {
    }

    /** The value of one normalized word, if it is a number word. */
    public static Optional<Long> valueOf(String word) {
        Long value = WORDS.get(word);
        if (value != null) {
            return Optional.of(value);
        }
        if (word.length() > 1 && word.startsWith("و") && WORDS.containsKey(word.substring(1))) {
            return Optional.of(WORDS.get(word.substring(1)));
        }
        // Arabic attaches "with" and "for" to the number: "بثلاث غرف", "بمليون". Short remainders are left
        // alone, so Persian words such as "بده" ("give") never read as numbers.
        if (word.length() > 3 && (word.startsWith("ب") || word.startsWith("ل"))
                && WORDS.containsKey(word.substring(1))) {
            return Optional.of(WORDS.get(word.substring(1)));
        }
        return Optional.empty();
    }

    /** True for thousand, million and billion in any of the four languages (not hundred). */
    public static boolean isMagnitude(String word) {
        return valueOf(word).filter(value -> value >= 1_000 && isPowerOfTen(value)).isPresent()
                || PLURAL_MAGNITUDES.containsKey(word);
    }

    /** The magnitude a word stands for, plural forms ("ملايين", "тысяч") included. */
    public static Optional<Long> magnitudeOf(String word) {
        Long plural = PLURAL_MAGNITUDES.get(word);
        if (plural != null) {
            return Optional.of(plural);
        }
        return valueOf(word).filter(value -> value >= 1_000 && isPowerOfTen(value));
    }

    /** 0.5 for "half" words, 1.5 for Russian "полтора". */
    public static Optional<Double> halfOf(String word) {
        return Optional.ofNullable(HALVES.get(word));
    }

    /** True for "and" in the four languages, which may join number words. */
    public static boolean isConnector(String word) {
        return word.equals("و") || word.equals("and") || word.equals("и");
    }

    /**
     * The value of a run of number words, e.g. ["two", "hundred", "fifty", "thousand"] → 250000;
     * empty when a word is not a number word.
     */
    public static Optional<Long> compose(List<String> words) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : words) {
            if (isConnector(word)) {
                continue;
            }
            Optional<Long> magnitude = magnitudeOf(word);
            Optional<Long> value = valueOf(word);
            if (magnitude.isPresent() && !(value.isPresent() && !isPowerOfTen(value.get()))) {
                total += (current == 0 ? 1 : current) * magnitude.get();
                current = 0;
            } else if (value.isPresent() && value.get() == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (value.isPresent() && value.get() >= 1_000) {
                total += value.get();
            } else if (value.isPresent()) {
                current += value.get();
            } else {
                return Optional.empty();
            }
            any = true;
        }
        return any ? Optional.of(total + current) : Optional.empty();
    }

    private static boolean isPowerOfTen(long value) {
        for (long magnitude : MAGNITUDES) {
            if (value == magnitude) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Long> PLURAL_MAGNITUDES = Map.of(
            TextNormalizer.normalize("آلاف"), 1_000L,
            TextNormalizer.normalize("ملايين"), 1_000_000L,
            TextNormalizer.normalize("مليارات"), 1_000_000_000L,
            "тысяч", 1_000L, "тысячи", 1_000L, "миллионов", 1_000_000L, "миллиона", 1_000_000L);

    private static Map<String, Long> buildLexicon() {
        Map<String, Long> words = new HashMap<>();
        for (String language : List.of("en", "fa", "ar", "ru")) {
            ULocale locale = new ULocale(language);
            RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : spellout.getRuleSetNames()) {
                if (!ruleSet.startsWith("%spellout-cardinal") && !ruleSet.equals("%spellout-numbering")) {
                    continue;
                }
                for (long n : candidates()) {
                    String spelled = TextNormalizer.normalize(spellout.format(n, ruleSet)).replace('-', ' ');
                    String[] parts = spelled.split(" ");
                    if (parts.length == 1) {
                        words.putIfAbsent(parts[0], n);
                    } else if (parts.length == 2 && (n == 100 || n == 1_000 || n == 1_000_000 || n == 1_000_000_000)) {
                        // "one thousand", "یک میلیون": the magnitude word itself.
                        words.putIfAbsent(parts[1], n);
                    }
                }
            }
        }
        addArabicEverydayForms(words);
        // "Half" words are read as fractions, never as a whole number.
        for (String half : new String[] {"نصف", "نیم", "half", "пол", "полтора", "полторы", "половина"}) {
            words.remove(half);
        }
        return Map.copyOf(words);
    }

    private static long[] candidates() {
        long[] values = new long[100 + 9 + 3 + 3];
        int i = 0;
        for (long n = 0; n < 100; n++) {
            values[i++] = n;
        }
        for (long n = 100; n <= 900; n += 100) {
            values[i++] = n;
        }
        values[i++] = 1_000;
        values[i++] = 1_000_000;
        values[i++] = 1_000_000_000;
        values[i++] = 2_000;
        values[i++] = 2_000_000;
        values[i] = 2_000_000_000;
        return values;
    }

    /** Forms people write that ICU's (nominative, analytic) Arabic rules do not produce. */
    private static void addArabicEverydayForms(Map<String, Long> words) {
        Map<String, Long> tens = new HashMap<>();
        words.forEach((word, value) -> {
            if (value >= 20 && value < 100 && value % 10 == 0 && word.endsWith("ون")) {
                tens.put(word.substring(0, word.length() - 2) + "ین", value);
            }
        });
        tens.forEach(words::putIfAbsent);
        String[] units = {"", "", "", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int unit = 3; unit <= 9; unit++) {
            for (String hundred : new String[] {"مایه", "میه"}) {
                words.putIfAbsent(TextNormalizer.normalize(units[unit] + hundred), unit * 100L);
            }
        }
        for (String two : new String[] {"مایتین", "مایتان", "میتین", "میتان"}) {
            words.putIfAbsent(two, 200L);
        }
        words.putIfAbsent(TextNormalizer.normalize("مئة"), 100L);
        words.putIfAbsent(TextNormalizer.normalize("الفين"), 2_000L);
        words.putIfAbsent(TextNormalizer.normalize("الفان"), 2_000L);
        words.putIfAbsent(TextNormalizer.normalize("مليونين"), 2_000_000L);
        // The construct form: "مليوني درهم" ("two million dirhams"), "ألفي درهم".
        words.putIfAbsent(TextNormalizer.normalize("مليوني"), 2_000_000L);
        words.putIfAbsent(TextNormalizer.normalize("الفي"), 2_000L);
        // The short forms counted nouns take ("ثلاث غرف", "أربع شقق").
        String[] counted = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر"};
        for (int i = 0; i < counted.length; i++) {
            words.putIfAbsent(TextNormalizer.normalize(counted[i]), i + 3L);
        }
        words.putIfAbsent(TextNormalizer.normalize("مليونان"), 2_000_000L);
        words.putIfAbsent(TextNormalizer.normalize("مليارين"), 2_000_000_000L);
        words.putIfAbsent(TextNormalizer.normalize("ملیون"), 1_000_000L);
    }
}
