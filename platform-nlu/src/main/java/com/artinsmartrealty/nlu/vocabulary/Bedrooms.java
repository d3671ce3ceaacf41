package com.artinsmartrealty.nlu.vocabulary;

import com.artinsmartrealty.nlu.numbers.NumberWords;
import com.artinsmartrealty.nlu.text.TextNormalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the number of bedrooms: "3-bed", "3 bedrooms", "3BR", "three bedroom", "سه خوابه", "۳ خواب",
 * "ثلاث غرف نوم", "غرفتين", "3-комнатная", "трёхкомнатная", "2 спальни"; a studio has none.
 */
public final class Bedrooms {

    private static final Set<String> AFTER_NUMBER = Set.of("bed", "beds", "bedroom", "bedrooms", "br", "bhk",
            "bdr", "bdrm", "خواب", "خوابه", "اتاق", "غرف", "غرفه", "غرفات", "спальн", "комнат", "к", "комн");
    private static final Map<String, Integer> RUSSIAN_PREFIXES = Map.of("одно", 1, "двух", 2, "трех", 3, "трёх", 3,
            "четырех", 4, "четырёх", 4, "пяти", 5, "шести", 6);
    private static final Map<String, Integer> ARABIC_SINGLE_WORDS = Map.of(
            TextNormalizer.normalize("غرفتين"), 2, TextNormalizer.normalize("غرفتان"), 2);
    private static final Set<String> STUDIO = Set.of("studio", "استودیو", TextNormalizer.normalize("ستوديو"));
    private static final Pattern GLUED = Pattern.compile("(\\d{1,2})(br|bhk|bed|beds|bdr|к)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private Bedrooms() {
    }

    public static Optional<Integer> read(List<String> words) {
        Integer found = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (STUDIO.contains(word) || word.startsWith("студи")) {
                found = 0;
            }
            if (ARABIC_SINGLE_WORDS.containsKey(word)) {
                found = ARABIC_SINGLE_WORDS.get(word);
            }
            for (var prefix : RUSSIAN_PREFIXES.entrySet()) {
                if (word.startsWith(prefix.getKey()) && word.contains("комнат")) {
                    found = prefix.getValue();
                }
            }
            if (i + 1 < words.size() && isBedroomWord(words.get(i + 1))) {
                Optional<Integer> count = count(word);
                if (count.isPresent()) {
                    found = count.get();
                }
            }
            Optional<Integer> glued = glued(word);
            if (glued.isPresent()) {
                found = glued.get();
            }
        }
        return Optional.ofNullable(found).filter(count -> count >= 0 && count <= 12);
    }

    private static boolean isBedroomWord(String word) {
        if (AFTER_NUMBER.contains(word)) {
            return true;
        }
        return word.startsWith("спальн") || word.startsWith("комнат") || word.startsWith("bedroom");
    }

    /** "3br", "3bhk", "3к": digits glued to the unit. */
    private static Optional<Integer> glued(String word) {
        var matcher = GLUED.matcher(word);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static Optional<Integer> count(String word) {
        if (NUMBER.matcher(word).matches()) {
            return Optional.of(Integer.parseInt(word));
        }
        return NumberWords.valueOf(word).filter(value -> value <= 12).map(Long::intValue);
    }
}
