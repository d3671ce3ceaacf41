package com.artinsmartrealty.ai.retrieval;

import com.artinsmartrealty.ai.i18n.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One tenant's knowledge base, searchable in memory: each entry's question and answer in every
 * language it has, analyzed by that language's analyzer. Built whole from the entries of one version
 * of the knowledge base and never changed; a newer version gets a new index. Searching is thread-safe.
 */
public final class FaqIndex {

    /** An entry answers when it covers this share of the question's word groups. */
    public static final double MIN_COVERAGE = 0.5;

    private static final String ID = "id";
    private static final String QUESTION = "question";
    private static final String ANSWER = "answer";
    private static final float QUESTION_BOOST = 2f;

    private final long version;
    private final Map<UUID, FaqDocument> entries;
    private final IndexSearcher searcher;
    private final LanguageAnalyzers analyzers;

    private FaqIndex(long version, Map<UUID, FaqDocument> entries, IndexSearcher searcher,
                     LanguageAnalyzers analyzers) {
        this.version = version;
        this.entries = entries;
        this.searcher = searcher;
        this.analyzers = analyzers;
    }

    /**
     * A hit: the entry, the language it was found in, and how well it covers the question.
     *
     * @param answers whether it covers enough of the question to be given as the answer
     */
    public record Match(UUID id, Language language, double coverage, float score, boolean answers) {
    }

    public static FaqIndex build(long version, Collection<FaqDocument> documents, LanguageAnalyzers analyzers) {
        Map<UUID, FaqDocument> entries = new LinkedHashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField())
                .setMergeScheduler(new SerialMergeScheduler()))) {
            for (FaqDocument entry : documents) {
                entries.put(entry.id(), entry);
                Document document = new Document();
                document.add(new StringField(ID, entry.id().toString(), Field.Store.YES));
                entry.translations().forEach((language, wording) -> {
                    document.add(new TextField(LanguageAnalyzers.field(QUESTION, language), wording.question(),
                            Field.Store.NO));
                    document.add(new TextField(LanguageAnalyzers.field(ANSWER, language), wording.answer(),
                            Field.Store.NO));
                });
                writer.addDocument(document);
            }
            writer.commit();
            return new FaqIndex(version, Map.copyOf(entries), new IndexSearcher(DirectoryReader.open(directory)),
                    analyzers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The knowledge-base version this index was built from. */
    public long version() {
        return version;
    }

    public int size() {
        return entries.size();
    }

    public Optional<FaqDocument> entry(UUID id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The entries that best match {@code question} asked in {@code language}, best first. */
    public List<Match> search(String question, Language language, int limit) {
        return search(question, language, limit, false);
    }

    /** Entries sharing any word with the question, best first: what a model may judge. */
    public List<Match> candidates(String question, Language language, int limit) {
        return search(question, language, limit, true);
    }

    private List<Match> search(String question, Language language, int limit, boolean anyGroup) {
        QueryTerms terms = QueryTerms.of(question, language, analyzers);
        List<TextSearch.WeightedField> fields = List.of(
                new TextSearch.WeightedField(LanguageAnalyzers.field(QUESTION, language), QUESTION_BOOST),
                new TextSearch.WeightedField(LanguageAnalyzers.field(ANSWER, language), 1f));
        List<Match> matches = new ArrayList<>();
        for (TextSearch.Hit hit : TextSearch.search(searcher, terms, fields, List.of(), limit, anyGroup)) {
            UUID id = UUID.fromString(stored(hit.doc()));
            matches.add(new Match(id, language, hit.coverage(), hit.score(),
                    hit.coverage() >= MIN_COVERAGE && hit.discriminative()));
        }
        return List.copyOf(matches);
    }

    private String stored(int doc) {
        try {
            return searcher.storedFields().document(doc).get(ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
