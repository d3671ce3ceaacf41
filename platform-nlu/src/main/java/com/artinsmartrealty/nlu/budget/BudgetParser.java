package com.artinsmartrealty.nlu.budget;

import com.artinsmartrealty.nlu.text.TextNormalizer;
import com.artinsmartrealty.nlu.text.Tokens;
import com.artinsmartrealty.nlu.text.Tokens.Token;
import com.artinsmartrealty.nlu.text.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a budget from a message in Persian, Arabic, English or Russian: "2M", "500K", "1.5 million",
 * "2,000,000", "AED 2m", "1-2M", "between 800k and 1.2m", "۲ میلیون", "دو میلیون تومان", "مليونين درهم",
 * "٢ مليون", "2 млн", "два миллиона". A single figure X means X to 1.5 X; "up to X" and "at least X" keep
 * one bound open. Amounts tied to bedrooms or sizes ("3-bed", "120 sqm") are not budgets. The currency
 * is named in the message or the tenant's default; tomans are converted to rials (ISO IRR).
 */
public final class BudgetParser {

    /** A single figure X stands for the range X .. X × this. */
    public static final double SINGLE_FIGURE_SPREAD = 1.5;

    private static final double MIN_PLAUSIBLE_AED = 100;
    private static final double MAX_PLAUSIBLE_AED = 2_000_000_000;
    private static final double MIN_BARE_AMOUNT = 10_000;

    private static final Set<String> RANGE_JOINERS = Words.of("-", "–", "—", "~", "to", "till", "until", "and", "تا",
            "الی", "الى", "إلى", "حتى", "و", "до", "и", "или", "or", "یا");
    private static final Set<String> UP_TO = Words.of("up", "under", "below", "max", "maximum", "less", "within",
            "تا", "حداکثر", "زیر", "کمتر", "حتی", "اقل", "اقصی", "до", "максимум", "меньше", "не более", "менее");
    private static final Set<String> AT_LEAST = Words.of("least", "over", "above", "min", "minimum", "more", "from",
            "starting", "حداقل", "بیشتر", "بالای", "بالاتر", "اکثر", "من", "از", "от", "минимум", "больше", "более");
    private static final Set<String> BETWEEN = Words.of("between", "بین", "بين", "между", "от");
    private static final Set<String> NOT_MONEY = Words.of("bed", "beds", "bedroom", "bedrooms", "br", "bhk", "room",
            "rooms", "sqft", "sq", "sqm", "m2", "meter", "meters", "metre", "feet", "ft", "year", "years", "floor",
            "خواب", "خوابه", "اتاق", "متر", "متری", "سال", "طبقه", "غرف", "غرفه", "غرفتین", "نوم", "متر مربع",
            "комнат", "комнаты", "комната", "спальни", "спальня", "спален", "кв", "м", "метров", "год", "года",
            "лет", "этаж");

    private BudgetParser() {
    }

    /**
     * @param language        the conversation's language, for words several currencies share
     * @param defaultCurrency the tenant's currency when the message names none
     */
    public static BudgetReading parse(String text, String language, String defaultCurrency) {
        List<Token> tokens = Tokens.of(TextNormalizer.normalize(text));
        List<Amount> amounts = AmountScanner.scan(tokens).stream()
                .filter(amount -> !describesSomethingElse(tokens, amount))
                .toList();
        if (amounts.isEmpty()) {
            return new BudgetReading.NotFound();
        }
        Optional<Currencies.Mention> currency = currency(tokens, language);
        Currencies.Mention mention = currency.orElse(new Currencies.Mention(defaultCurrency, 1));
        Optional<double[]> range = lastRange(tokens, amounts, currency.isPresent());
        if (range.isPresent()) {
            long min = Math.round(range.get()[0] * mention.factor());
            long max = Math.round(range.get()[1] * mention.factor());
            Optional<BudgetReading.Problem> problem = problem(min, mention.code()).or(() -> problem(max, mention.code()));
            return problem.<BudgetReading>map(BudgetReading.Implausible::new)
                    .orElseGet(() -> new BudgetReading.Found(min, max, mention.code()));
        }
        List<Amount> candidates = amounts.stream()
                .filter(amount -> amount.magnified() || currency.isPresent() || Math.abs(amount.value()) >= MIN_BARE_AMOUNT
                        || amount.value() == 0 || amount.negative())
                .toList();
        if (candidates.isEmpty()) {
            return new BudgetReading.NotFound();
        }
        Amount chosen = candidates.getLast();
        if (chosen.negative()) {
            return new BudgetReading.Implausible(BudgetReading.Problem.NEGATIVE);
        }
        long value = Math.round(chosen.value() * mention.factor());
        Optional<BudgetReading.Problem> problem = problem(value, mention.code());
        if (problem.isPresent()) {
            return new BudgetReading.Implausible(problem.get());
        }
        if (precededBy(tokens, chosen, UP_TO)) {
            return new BudgetReading.Found(null, value, mention.code());
        }
        if (precededBy(tokens, chosen, AT_LEAST)) {
            return new BudgetReading.Found(value, null, mention.code());
        }
        return new BudgetReading.Found(value, Math.round(value * SINGLE_FIGURE_SPREAD), mention.code());
    }

    /**
     * A rough value of {@code amount} of {@code currency} in UAE dirhams, for telling plausible budgets
     * from nonsense (not for pricing); unknown currencies count one to one.
     */
    public static double roughlyInDirhams(long amount, String currency) {
        return Currencies.inDirhams(amount, currency);
    }

    /** The last two amounts joined as a range ("1-2M", "between 800k and 1.2m"), low and high. */
    private static Optional<double[]> lastRange(List<Token> tokens, List<Amount> amounts, boolean currencyNamed) {
        for (int i = amounts.size() - 2; i >= 0; i--) {
            Amount low = amounts.get(i);
            Amount high = amounts.get(i + 1);
            if (!joined(tokens, low, high) || low.negative()) {
                continue;
            }
            if (!low.magnified() && high.magnified() && low.value() < 1_000) {
                low = low.times(high.value() / baseOf(tokens, high));
            }
            if (!(low.magnified() || high.magnified() || currencyNamed || high.value() >= MIN_BARE_AMOUNT)) {
                continue;
            }
            return Optional.of(new double[] {Math.min(low.value(), high.value()), Math.max(low.value(), high.value())});
        }
        return Optional.empty();
    }

    /** The number a magnified amount was before its magnitude ("2" of "2M"). */
    private static double baseOf(List<Token> tokens, Amount amount) {
        double magnitude = 1;
        for (int i = amount.lastToken(); i > amount.firstToken(); i--) {
            Optional<Long> word = AmountScanner.magnitude(tokens.get(i).text());
            if (word.isEmpty()) {
                break;
            }
            magnitude *= word.get();
        }
        return amount.value() / magnitude;
    }

    private static boolean joined(List<Token> tokens, Amount low, Amount high) {
        int gap = high.firstToken() - low.lastToken() - 1;
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int i = low.lastToken() + 1; i < high.firstToken(); i++) {
            if (!RANGE_JOINERS.contains(tokens.get(i).text())) {
                return false;
            }
        }
        String joiner = tokens.get(low.lastToken() + 1).text();
        if (joiner.equals("and") || joiner.equals("و") || joiner.equals("и")) {
            return low.firstToken() > 0 && BETWEEN
                    .contains(tokens.get(low.firstToken() - 1).text());
        }
        return true;
    }

    private static boolean describesSomethingElse(List<Token> tokens, Amount amount) {
        int next = amount.lastToken() + 1;
        if (next < tokens.size() && tokens.get(next).text().equals("-")) {
            next++;
        }
        return next < tokens.size() && NOT_MONEY.contains(tokens.get(next).text()) && !amount.magnified();
    }

    private static boolean precededBy(List<Token> tokens, Amount amount, Set<String> words) {
        for (int i = Math.max(0, amount.firstToken() - 3); i < amount.firstToken(); i++) {
            if (words.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Currencies.Mention> currency(List<Token> tokens, String language) {
        Currencies.Mention found = null;
        for (Token token : tokens) {
            Optional<Currencies.Mention> mention = Currencies.of(token.text(), language);
            if (mention.isPresent()) {
                found = mention.get();
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<BudgetReading.Problem> problem(long value, String currency) {
        if (value == 0) {
            return Optional.of(BudgetReading.Problem.ZERO);
        }
        if (value < 0) {
            return Optional.of(BudgetReading.Problem.NEGATIVE);
        }
        double dirhams = Currencies.inDirhams(value, currency);
        if (dirhams < MIN_PLAUSIBLE_AED) {
            return Optional.of(BudgetReading.Problem.TOO_SMALL);
        }
        if (dirhams > MAX_PLAUSIBLE_AED) {
            return Optional.of(BudgetReading.Problem.TOO_LARGE);
        }
        return Optional.empty();
    }
}
