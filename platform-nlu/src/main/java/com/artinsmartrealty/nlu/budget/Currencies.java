package com.artinsmartrealty.nlu.budget;

import com.artinsmartrealty.nlu.text.TextNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Currency names, symbols and codes in the four languages, read as ISO 4217 codes. */
final class Currencies {

    /** A currency mention and what its amounts are multiplied by to reach the ISO unit (toman = 10 rials). */
    record Mention(String code, long factor) {
    }

    private static final Map<String, Mention> WORDS = new HashMap<>();

    static {
        add("AED", 1, "aed", "dhs", "dh", "dirham", "dirhams", "درهم", "دراهم", "дирхам", "дирхама", "дирхамов");
        add("USD", 1, "$", "usd", "dollar", "dollars", "دلار", "دولار", "доллар", "доллара", "долларов", "баксов");
        add("EUR", 1, "€", "eur", "euro", "euros", "یورو", "يورو", "евро");
        add("GBP", 1, "£", "gbp", "pound", "pounds", "پوند", "جنيه", "фунт", "фунтов");
        add("RUB", 1, "₽", "rub", "руб", "рубль", "рубля", "рублей", "روبل");
        add("SAR", 1, "sar", "riyal", "riyals", "﷼");
        add("IRR", 1, "irr", "rial", "rials", "ریال");
        add("IRR", 10, "toman", "tomans", "تومان", "تومن");
    }

    /** Rough value of one unit in dirhams, only to tell plausible budgets from nonsense. */
    private static final Map<String, Double> IN_AED = Map.of(
            "AED", 1.0, "USD", 3.67, "EUR", 4.0, "GBP", 4.6, "RUB", 0.04, "SAR", 0.98, "IRR", 0.0000087);

    private Currencies() {
    }

    private static void add(String code, long factor, String... words) {
        for (String word : words) {
            WORDS.put(TextNormalizer.normalize(word), new Mention(code, factor));
        }
    }

    /** The currency a token names; the Arabic "ريال" is the Saudi riyal in Arabic, the rial in Persian. */
    static Optional<Mention> of(String token, String language) {
        Mention mention = WORDS.get(token);
        if (mention != null && mention.code().equals("IRR") && mention.factor() == 1 && "ar".equals(language)
                && token.equals("ریال")) {
            return Optional.of(new Mention("SAR", 1));
        }
        return Optional.ofNullable(mention);
    }

    static double inDirhams(long amount, String currency) {
        return amount * IN_AED.getOrDefault(currency, 1.0);
    }

    static List<String> codes() {
        return List.copyOf(IN_AED.keySet());
    }
}
