package com.artinsmartrealty.ai.retrieval;

import com.artinsmartrealty.ai.i18n.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A question as the index sees it: one group per word position, holding the word's stem and its
 * synonyms' stems, after stop words and question fillers are gone (see {@link LanguageAnalyzers}).
 *
 * @param groups the terms of each position, duplicates removed, in order
 */
public record QueryTerms(Language language, List<Set<String>> groups) {

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every distinct term of every group. */
    public Set<String> allTerms() {
        Set<String> all = new LinkedHashSet<>();
        groups.forEach(all::addAll);
        return all;
    }

    public static QueryTerms of(String text, Language language, LanguageAnalyzers analyzers) {
        List<Set<String>> groups = new ArrayList<>();
        try (TokenStream stream = analyzers.query(language).tokenStream(LanguageAnalyzers.field("q", language),
                text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || groups.isEmpty()) {
                    groups.add(new LinkedHashSet<>());
                }
                groups.getLast().add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Set<String>> distinct = new ArrayList<>();
        for (Set<String> group : groups) {
            if (!group.isEmpty() && !distinct.contains(group)) {
                distinct.add(Set.copyOf(group));
            }
        }
        return new QueryTerms(language, List.copyOf(distinct));
    }

    /** The stems of a passage as the index analyzer makes them. */
    static Set<String> stemsOf(String text, Analyzer analyzer) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** Whether the analyzer makes exactly one token of {@code word}, at the first position. */
    static boolean isOneToken(String word, Analyzer analyzer) {
        int tokens = 0;
        boolean first = true;
        try (TokenStream stream = analyzer.tokenStream("text", word)) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens++;
                first &= increment.getPositionIncrement() == 1;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens == 1 && first;
    }
}
