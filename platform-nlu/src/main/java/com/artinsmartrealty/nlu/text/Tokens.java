package com.artinsmartrealty.nlu.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into tokens: numbers (digits with {@code ,} and {@code .} inside), words
 * (letters, with an Arabic {@code و} prefix kept on its word), and single symbols.
 */
public final class Tokens {

    private Tokens() {
    }

    /** One token and where it starts in the normalized text. */
    public record Token(String text, Kind kind, int start) {

        public boolean isNumber() {
            return kind == Kind.NUMBER;
        }

        public boolean isWord() {
            return kind == Kind.WORD;
        }
    }

    /** What a token is. */
    public enum Kind {
        NUMBER, WORD, SYMBOL
    }

    public static List<Token> of(String normalized) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < normalized.length()) {
            char c = normalized.charAt(i);
            if (c == ' ') {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < normalized.length() && (Character.isDigit(normalized.charAt(i))
                        || (isSeparator(normalized.charAt(i)) && i + 1 < normalized.length()
                        && Character.isDigit(normalized.charAt(i + 1))))) {
                    i++;
                }
                tokens.add(new Token(normalized.substring(start, i), Kind.NUMBER, start));
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < normalized.length() && (Character.isLetter(normalized.charAt(i))
                        || normalized.charAt(i) == '\'')) {
                    i++;
                }
                tokens.add(new Token(normalized.substring(start, i), Kind.WORD, start));
            } else {
                tokens.add(new Token(String.valueOf(c), Kind.SYMBOL, i));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.';
    }
}
