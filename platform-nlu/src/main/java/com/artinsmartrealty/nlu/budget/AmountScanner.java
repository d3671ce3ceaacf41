package com.artinsmartrealty.nlu.budget;

import com.artinsmartrealty.nlu.numbers.NumberWords;
import com.artinsmartrealty.nlu.text.Tokens.Token;
import com.artinsmartrealty.nlu.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the amounts in a tokenized message: "2M", "1.5 million", "2,000,000", "دو میلیون", "مليون ونصف". */
final class AmountScanner {

    private static final Pattern GROUPED_BY_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern GROUPED_BY_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    private static final Map<String, Long> ABBREVIATIONS = Map.ofEntries(
            Map.entry("k", 1_000L), Map.entry("thousands", 1_000L), Map.entry("grand", 1_000L),
            Map.entry("m", 1_000_000L), Map.entry("mn", 1_000_000L), Map.entry("mm", 1_000_000L),
            Map.entry("mil", 1_000_000L), Map.entry("mio", 1_000_000L), Map.entry("millions", 1_000_000L),
            Map.entry("b", 1_000_000_000L), Map.entry("bn", 1_000_000_000L), Map.entry("billions", 1_000_000_000L),
            Map.entry("тыс", 1_000L), Map.entry("млн", 1_000_000L), Map.entry("млрд", 1_000_000_000L),
            Map.entry("میلیارد", 1_000_000_000L), Map.entry("ملیارد", 1_000_000_000L));
    private static final Set<String> MINUS = Words.of("minus", "منفی", "سالب", "минус");
    private static final Set<String> ARTICLES = Set.of("a", "an", "one");

    private AmountScanner() {
    }

    static List<Amount> scan(List<Token> tokens) {
        List<Amount> amounts = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Amount> amount = readAt(tokens, i);
            if (amount.isPresent()) {
                amounts.add(amount.get());
                i = amount.get().lastToken() + 1;
            } else {
                i++;
            }
        }
        return amounts;
    }

    private static Optional<Amount> readAt(List<Token> tokens, int start) {
        Token token = tokens.get(start);
        double value;
        int end;
        if (token.isNumber()) {
            Optional<Double> literal = literal(token.text());
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            value = literal.get();
            end = start;
        } else if (token.isWord() && NumberWords.halfOf(token.text()).isPresent() && next(tokens, start)
                .filter(word -> magnitude(word).isPresent()).isPresent()) {
            value = NumberWords.halfOf(token.text()).get();
            end = start;
        } else if (token.isWord() && ARTICLES.contains(token.text()) && next(tokens, start)
                .filter(word -> magnitude(word).isPresent()).isPresent()) {
            value = 1;
            end = start;
        } else if (token.isWord() && NumberWords.valueOf(token.text()).isPresent()) {
            end = spelledRunEnd(tokens, start);
            List<String> words = tokens.subList(start, end + 1).stream().map(Token::text).toList();
            Optional<Long> composed = NumberWords.compose(words);
            if (composed.isEmpty()) {
                return Optional.empty();
            }
            value = composed.get();
            boolean spelledMagnitude = words.stream().anyMatch(NumberWords::isMagnitude);
            Amount spelled = new Amount(value, spelledMagnitude, start, end, negative(tokens, start));
            return Optional.of(withTrailingParts(tokens, spelled));
        } else {
            return Optional.empty();
        }
        return Optional.of(withTrailingParts(tokens, new Amount(value, false, start, end, negative(tokens, start))));
    }

    /** "and a half", magnitudes ("million", "M"), and a half after the magnitude ("مليون ونصف"). */
    private static Amount withTrailingParts(List<Token> tokens, Amount amount) {
        int end = amount.lastToken();
        double value = amount.value();
        boolean magnified = amount.magnified();
        int half = halfAfter(tokens, end);
        if (half > end) {
            // "مليون ونصف": half of the magnitude just read; "two and a half": half a unit.
            value += 0.5 * magnitude(tokens.get(end).text()).orElse(1L);
            end = half;
        }
        double lastMagnitude = 0;
        while (end + 1 < tokens.size() && tokens.get(end + 1).isWord()
                && magnitude(tokens.get(end + 1).text()).isPresent()) {
            lastMagnitude = magnitude(tokens.get(end + 1).text()).get();
            value *= lastMagnitude;
            magnified = true;
            end++;
        }
        if (lastMagnitude > 0) {
            int halfAfterMagnitude = halfAfter(tokens, end);
            if (halfAfterMagnitude > end) {
                value += 0.5 * lastMagnitude;
                end = halfAfterMagnitude;
            }
        }
        return new Amount(value, magnified, amount.firstToken(), end, amount.negative());
    }

    /** The last token of "and a half" / "و نیم" / "ونصف" / "с половиной" right after {@code end}, or end. */
    private static int halfAfter(List<Token> tokens, int end) {
        List<String> words = new ArrayList<>();
        for (int i = end + 1; i < Math.min(tokens.size(), end + 4); i++) {
            words.add(tokens.get(i).text());
        }
        if (words.size() >= 1 && (words.get(0).equals("ونصف") || words.get(0).equals("ونیم"))) {
            return end + 1;
        }
        if (words.size() >= 2 && NumberWords.isConnector(words.get(0))
                && NumberWords.halfOf(words.get(1)).filter(half -> half == 0.5).isPresent()) {
            return end + 2;
        }
        if (words.size() >= 3 && words.get(0).equals("and") && words.get(1).equals("a") && words.get(2).equals("half")) {
            return end + 3;
        }
        if (words.size() >= 2 && words.get(0).equals("с") && words.get(1).equals("половиной")) {
            return end + 2;
        }
        return end;
    }

    private static int spelledRunEnd(List<Token> tokens, int start) {
        int end = start;
        int i = start + 1;
        while (i < tokens.size() && tokens.get(i).isWord()) {
            String word = tokens.get(i).text();
            if (NumberWords.valueOf(word).isPresent() || NumberWords.magnitudeOf(word).isPresent()) {
                end = i;
                i++;
            } else if (NumberWords.isConnector(word) && i + 1 < tokens.size()
                    && NumberWords.valueOf(tokens.get(i + 1).text()).isPresent()
                    && !NumberWords.isMagnitude(tokens.get(i + 1).text())) {
                i++;
            } else {
                break;
            }
        }
        // A trailing magnitude is read by withTrailingParts, together with abbreviations.
        while (end > start && NumberWords.isMagnitude(tokens.get(end).text())
                && !NumberWords.isMagnitude(tokens.get(start).text())) {
            end--;
        }
        return end;
    }

    static Optional<Long> magnitude(String word) {
        Long abbreviation = ABBREVIATIONS.get(word);
        if (abbreviation != null) {
            return Optional.of(abbreviation);
        }
        return NumberWords.magnitudeOf(word);
    }

    private static Optional<String> next(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && tokens.get(index + 1).isWord()
                ? Optional.of(tokens.get(index + 1).text()) : Optional.empty();
    }

    private static boolean negative(List<Token> tokens, int start) {
        if (start == 0) {
            return false;
        }
        Token before = tokens.get(start - 1);
        boolean sign = before.text().equals("-") || MINUS.contains(before.text());
        boolean afterNumber = start >= 2 && (tokens.get(start - 2).isNumber()
                || AmountScanner.magnitude(tokens.get(start - 2).text()).isPresent()
                || NumberWords.valueOf(tokens.get(start - 2).text()).isPresent());
        return sign && !afterNumber;
    }

    /** "2,000,000", "2.000.000", "1.5", "1,5", "2000000". */
    static Optional<Double> literal(String text) {
        try {
            if (GROUPED_BY_COMMAS.matcher(text).matches()) {
                return Optional.of(Double.parseDouble(text.replace(",", "")));
            }
            if (GROUPED_BY_DOTS.matcher(text).matches()) {
                return Optional.of(Double.parseDouble(text.replace(".", "")));
            }
            if (DECIMAL_COMMA.matcher(text).matches()) {
                return Optional.of(Double.parseDouble(text.replace(',', '.')));
            }
            if (PLAIN.matcher(text).matches()) {
                return Optional.of(Double.parseDouble(text));
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
