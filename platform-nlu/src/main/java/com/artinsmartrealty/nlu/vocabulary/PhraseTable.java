package com.artinsmartrealty.nlu.vocabulary;

import com.artinsmartrealty.nlu.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phrases in any of the four languages, each standing for a value. A phrase is one or more words; a
 * word ending in {@code *} matches any word it starts (for Russian and Arabic inflection). Phrases are
 * matched on whole words of normalized text; the longest phrase wins where several start at one word.
 */
public final class PhraseTable<V> {

    private final List<Entry<V>> entries = new ArrayList<>();

    /** Adds phrases, written naturally, for {@code value}. */
    public PhraseTable<V> add(V value, String... phrases) {
        for (String phrase : phrases) {
            entries.add(new Entry<>(TextNormalizer.normalize(phrase).split(" "), value));
        }
        entries.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        return this;
    }

    /** Every match in the words, in order of appearance. */
    public List<Match<V>> matches(List<String> words) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<Entry<V>> entry = matchAt(words, i);
            if (entry.isPresent()) {
                found.add(new Match<>(entry.get().value, i, i + entry.get().words.length - 1));
                i += entry.get().words.length;
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
        return !matches(words).isEmpty();
    }

    private Optional<Entry<V>> matchAt(List<String> words, int start) {
        for (Entry<V> entry : entries) {
            if (start + entry.words.length <= words.size() && entry.matches(words, start)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** A phrase found at words {@code first..last}. */
    public record Match<V>(V value, int first, int last) {
    }

    private record Entry<V>(String[] words, V value) {
        boolean matches(List<String> text, int start) {
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                String actual = text.get(start + i);
                boolean ok = word.endsWith("*") ? actual.startsWith(word.substring(0, word.length() - 1))
                        : actual.equals(word);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }
}
