package com.artinsmartrealty.gateway.outbound;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text that is longer than a channel allows into pieces, preferring paragraph, then line,
 * then word boundaries, and never splitting a surrogate pair.
 */
public final class TextChunks {

    private TextChunks() {
    }

    public static List<String> split(String text, int maxLength) {
        List<String> chunks = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return chunks;
        }
        String rest = text;
        while (rest.length() > maxLength) {
            int cut = cutPoint(rest, maxLength);
            chunks.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }

    private static int cutPoint(String text, int maxLength) {
        for (String boundary : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(boundary, maxLength - boundary.length());
            if (at > maxLength / 2) {
                return at + boundary.length();
            }
        }
        int cut = maxLength;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}
