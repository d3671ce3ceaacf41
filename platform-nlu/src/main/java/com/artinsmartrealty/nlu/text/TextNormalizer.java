package com.artinsmartrealty.nlu.text;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;

/**
 * Brings user text to one form before it is read: every decimal digit becomes ASCII (Persian
 * {@code ۲}, Arabic-Indic {@code ٢} and any other Unicode digit, via ICU), Arabic-script letter variants
 * are unified (Arabic {@code ي ى ك} to Persian {@code ی ک}, {@code ة} to {@code ه}, every alef to
 * {@code ا}), tatweel and diacritics go,
 * Arabic decimal and thousands separators become {@code .} and {@code ,}, letters are lower-cased and
 * runs of white space become one space. Zero-width non-joiners become spaces, so Persian compounds
 * written with or without them read alike.
 */
public final class TextNormalizer {

    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean lastSpace = true;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String mapped;
            if (codePoint < 0x80) { // ASCII, most of what users write: kept, but for white space
                mapped = Character.isWhitespace(codePoint) ? " " : null;
            } else {
                int digit = UCharacter.digit(codePoint, 10);
                mapped = digit >= 0 ? DIGITS[digit] : map(codePoint);
            }
            if (mapped == null) {
                out.appendCodePoint(codePoint);
                lastSpace = false;
            } else if (mapped.equals(" ")) {
                if (!lastSpace) {
                    out.append(' ');
                    lastSpace = true;
                }
            } else if (!mapped.isEmpty()) {
                out.append(mapped);
                lastSpace = false;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** What a non-ASCII code point becomes; null: itself. */
    private static String map(int codePoint) {
        switch (codePoint) {
            case 'ي', 'ى', 'ئ' -> {
                return "ی";
            }
            case 'ك' -> {
                return "ک";
            }
            case 'ۀ', 'ة' -> {
                return "ه";
            }
            case 'أ', 'إ', 'آ', 'ٱ' -> {
                return "ا";
            }
            case 'ؤ' -> {
                return "و";
            }
            case 'ـ' -> {
                return "";
            }
            case '٫' -> {
                return ".";
            }
            case '٬', '،' -> {
                return ",";
            }
            case '؟' -> {
                return "?";
            }
            case 0x200C, 0x200F, 0x200E, 0x00A0, '\t', '\n', '\r' -> {
                return " ";
            }
            default -> {
                if (UCharacter.getType(codePoint) == UCharacter.NON_SPACING_MARK) {
                    return "";
                }
                if (Character.isWhitespace(codePoint)) {
                    return " ";
                }
                return null;
            }
        }
    }
}
