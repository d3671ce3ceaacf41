package com.artinsmartrealty.ai.retrieval;

import com.artinsmartrealty.ai.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Lucene's Persian, Arabic, English and Russian analyzers (normalisation, stop words, stemming), and
 * for queries the same analyzers followed by two steps: the words that only frame a question ("much",
 * "please", "چقدر", "هل", "сколько": {@code retrieval/ai/fillers_<lang>.txt}) are dropped, and the
 * domain's synonyms ({@code retrieval/ai/synonyms_<lang>.txt}, single words) are added, so the index stays
 * plain and what is left of a question is what it is about. Both lists are analyzed by the language's
 * own analyzer, so they match its stems. Text fields are named {@code <name>_<lang>}; {@link #perField()} picks the analyzer by that
 * suffix. Analyzers are thread-safe: one instance serves the whole service.
 */
public final class LanguageAnalyzers {

    private final Map<Language, Analyzer> index = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> query = new EnumMap<>(Language.class);
    private final Analyzer perField;

    private LanguageAnalyzers() {
        index.put(Language.FA, new PersianAnalyzer());
        index.put(Language.AR, new ArabicAnalyzer());
        index.put(Language.EN, new EnglishAnalyzer());
        index.put(Language.RU, new RussianAnalyzer());
        for (Language language : Language.values()) {
            Analyzer analyzer = index.get(language);
            query.put(language, new QueryAnalyzer(analyzer, fillers(language, analyzer), synonyms(language, analyzer)));
        }
        this.perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return index.get(languageOf(fieldName));
            }
        };
    }

    /** Loads the analyzers and the synonym lists. */
    public static LanguageAnalyzers load() {
        return new LanguageAnalyzers();
    }

    /** The name of a text field in {@code language}. */
    public static String field(String name, Language language) {
        return name + "_" + language.code();
    }

    static Language languageOf(String field) {
        int underscore = field.lastIndexOf('_');
        return Language.of(underscore < 0 ? "" : field.substring(underscore + 1))
                .orElseThrow(() -> new IllegalArgumentException("not a text field: " + field));
    }

    /** The index-time analyzer of every {@code <name>_<lang>} field. */
    public Analyzer perField() {
        return perField;
    }

    public Analyzer index(Language language) {
        return index.get(language);
    }

    public Analyzer query(Language language) {
        return query.get(language);
    }

    private static CharArraySet fillers(Language language, Analyzer analyzer) {
        CharArraySet stems = new CharArraySet(64, false);
        for (String word : lines("retrieval/ai/fillers_" + language.code() + ".txt")) {
            stems.addAll(QueryTerms.stemsOf(word, analyzer));
        }
        return CharArraySet.unmodifiableSet(stems);
    }

    /**
     * The language's synonym groups. A word the analyzer drops entirely (a stop word of that language)
     * or splits cannot stand in a single-word group and is left out of it.
     */
    private static SynonymMap synonyms(Language language, Analyzer analyzer) {
        String resource = "retrieval/ai/synonyms_" + language.code() + ".txt";
        StringBuilder rules = new StringBuilder();
        for (String line : lines(resource)) {
            List<String> words = new ArrayList<>();
            for (String word : line.split(",")) {
                if (QueryTerms.isOneToken(word.strip(), analyzer)) {
                    words.add(word.strip());
                }
            }
            if (words.size() > 1) {
                rules.append(String.join(", ", words)).append('\n');
            }
        }
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(rules.toString()));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (ParseException e) {
            throw new IllegalStateException("invalid " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The lines of a resource that are neither blank nor comments. */
    private static List<String> lines(String resource) {
        try (InputStream in = LanguageAnalyzers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** An analyzer whose (already stemmed) tokens lose question fillers and gain synonyms. */
    private static final class QueryAnalyzer extends AnalyzerWrapper {

        private final Analyzer delegate;
        private final CharArraySet fillers;
        private final SynonymMap synonyms;

        QueryAnalyzer(Analyzer delegate, CharArraySet fillers, SynonymMap synonyms) {
            super(Analyzer.PER_FIELD_REUSE_STRATEGY);
            this.delegate = delegate;
            this.fillers = fillers;
            this.synonyms = synonyms;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return delegate;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(components.getSource(),
                    new SynonymGraphFilter(new StopFilter(components.getTokenStream(), fillers), synonyms, true));
        }
    }
}
