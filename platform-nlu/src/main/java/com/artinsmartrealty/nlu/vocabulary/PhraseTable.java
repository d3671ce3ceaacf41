package com.artinsmartrealty.nlu.vocabulary;

import com.artinsmartrealty.nlu.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases in any of the four languages, each standing for a value. A phrase is one or more words; a
 * word ending in {@code *} matches any word it starts (for Russian and Arabic inflection). Phrases are
 * matched on whole words of normalized text; the longest phrase wins where several start at one word
 * (of equally long ones, the one added first).
 *
 * <p>Every message is read against every table, so a word looks only at the phrases that can start
 * with it: those whose first word is that word, and those whose first word is a prefix of it.
 */
public final class PhraseTable<V> {

    private final List<Entry<V>> entries = new ArrayList<>();
    private Map<String, List<Entry<V>>> byFirstWord = Map.of();
    private Map<Character, List<Entry<V>>> byFirstLetterOfPrefix = Map.of();

    /** Adds phrases, written naturally, for {@code value}. */
    public PhraseTable<V> add(V value, String... phrases) {
        for (String phrase : phrases) {
            entries.add(Entry.of(TextNormalizer.normalize(phrase).split(" "), value));
        }
        entries.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        index();
        return this;
    }

    /** Every match in the words, in order of appearance. */
    public List<Match<V>> matches(List<String> words) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Entry<V> entry = matchAt(words, i);
            if (entry != null) {
                found.add(new Match<>(entry.value, i, i + entry.words.length - 1));
                i += entry.words.length;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The value of the last match (a later mention corrects an earlier one). */
    public Optional<V> last(List<String> words) {
        List<Match<V>> found = matches(words);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast().value());
    }

    public boolean any(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (matchAt(words, i) != null) {
                return true;
            }
        }
        return false;
    }

    private void index() {
        Map<String, List<Entry<V>>> exact = new HashMap<>();
        Map<Character, List<Entry<V>>> prefixed = new HashMap<>();
        for (int rank = 0; rank < entries.size(); rank++) {
            Entry<V> entry = entries.get(rank).ranked(rank);
            entries.set(rank, entry);
            if (entry.prefix[0]) {
                // An empty prefix ("*") would start every word; no phrase is written so.
                char first = entry.words[0].isEmpty() ? '\0' : entry.words[0].charAt(0);
                prefixed.computeIfAbsent(first, key -> new ArrayList<>()).add(entry);
            } else {
                exact.computeIfAbsent(entry.words[0], key -> new ArrayList<>()).add(entry);
            }
        }
        byFirstWord = exact;
        byFirstLetterOfPrefix = prefixed;
    }

    /** The first entry in table order (longest first) that matches at {@code start}, or null. */
    private Entry<V> matchAt(List<String> words, int start) {
        String word = words.get(start);
        Entry<V> exact = firstMatch(byFirstWord.get(word), words, start);
        Entry<V> prefixed = word.isEmpty() ? null
                : firstMatch(byFirstLetterOfPrefix.get(word.charAt(0)), words, start);
        if (exact == null) {
            return prefixed;
        }
        return prefixed == null || exact.rank < prefixed.rank ? exact : prefixed;
    }

    private static <V> Entry<V> firstMatch(List<Entry<V>> candidates, List<String> words, int start) {
        if (candidates == null) {
            return null;
        }
        for (Entry<V> entry : candidates) {
            if (start + entry.words.length <= words.size() && entry.matches(words, start)) {
                return entry;
            }
        }
        return null;
    }

    /** A phrase found at words {@code first..last}. */
    public record Match<V>(V value, int first, int last) {
    }

    /**
     * A phrase: its words (without the {@code *} of a prefix word), which of them are prefixes, and its
     * place in the table's order.
     */
    private record Entry<V>(String[] words, boolean[] prefix, V value, int rank) {

        static <V> Entry<V> of(String[] written, V value) {
            String[] words = new String[written.length];
            boolean[] prefix = new boolean[written.length];
            for (int i = 0; i < written.length; i++) {
                prefix[i] = written[i].endsWith("*");
                words[i] = prefix[i] ? written[i].substring(0, written[i].length() - 1) : written[i];
            }
            return new Entry<>(words, prefix, value, -1);
        }

        Entry<V> ranked(int newRank) {
            return new Entry<>(words, prefix, value, newRank);
        }

        boolean matches(List<String> text, int start) {
            for (int i = 0; i < words.length; i++) {
                String actual = text.get(start + i);
                if (prefix[i] ? !actual.startsWith(words[i]) : !actual.equals(words[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
