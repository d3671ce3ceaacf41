package com.artinsmartrealty.ai.retrieval;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.contracts.lead.PropertyType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One tenant's listings, searchable in memory by their titles and descriptions in every language they
 * are written in. Listings the lead has seen, and listings in the community or of the type the
 * question names, rank higher. Built whole from one catalog version; searching is thread-safe.
 */
public final class ListingIndex {

    /** A listing answers when it covers this share of the question's word groups. */
    public static final double MIN_COVERAGE = 0.5;

    private static final String ID = "id";
    private static final String COMMUNITY = "community";
    private static final String TYPE = "type";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final float TITLE_BOOST = 2f;
    private static final float SEEN_BOOST = 3f;
    private static final float NAMED_BOOST = 1.5f;

    private final String version;
    private final Map<UUID, ListingDocument> listings;
    private final IndexSearcher searcher;
    private final LanguageAnalyzers analyzers;

    private ListingIndex(String version, Map<UUID, ListingDocument> listings, IndexSearcher searcher,
                         LanguageAnalyzers analyzers) {
        this.version = version;
        this.listings = listings;
        this.searcher = searcher;
        this.analyzers = analyzers;
    }

    /**
     * A hit, and how well it covers the question.
     *
     * @param seen    the lead has seen this listing
     * @param answers whether it covers enough of the question to answer about it
     */
    public record Match(UUID id, Language language, double coverage, float score, boolean seen, boolean answers) {
    }

    /** What a question names besides its words: listings seen, a community, a type. */
    public record Context(Set<UUID> seen, String community, PropertyType type) {

        public Context {
            seen = seen == null ? Set.of() : Set.copyOf(seen);
        }

        public static Context none() {
            return new Context(Set.of(), null, null);
        }
    }

    public static ListingIndex build(String version, Collection<ListingDocument> documents,
                                     LanguageAnalyzers analyzers) {
        Map<UUID, ListingDocument> listings = new LinkedHashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField())
                .setMergeScheduler(new SerialMergeScheduler()))) {
            for (ListingDocument listing : documents) {
                listings.put(listing.id(), listing);
                writer.addDocument(document(listing));
            }
            writer.commit();
            return new ListingIndex(version, Map.copyOf(listings), new IndexSearcher(DirectoryReader.open(directory)),
                    analyzers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(ListingDocument listing) {
        Document document = new Document();
        document.add(new StringField(ID, listing.id().toString(), Field.Store.YES));
        if (listing.community() != null) {
            document.add(new StringField(COMMUNITY, listing.community().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (listing.type() != null) {
            document.add(new StringField(TYPE, listing.type().name(), Field.Store.NO));
        }
        for (Language language : Language.values()) {
            String title = listing.titles().get(language.code());
            String description = listing.descriptions().get(language.code());
            if (title == null && description == null) {
                continue;
            }
            String heading = (title == null ? "" : title) + (listing.community() == null ? "" : " " + listing.community());
            document.add(new TextField(LanguageAnalyzers.field(TITLE, language), heading, Field.Store.NO));
            if (description != null) {
                document.add(new TextField(LanguageAnalyzers.field(TEXT, language), description, Field.Store.NO));
            }
        }
        return document;
    }

    /** The catalog version this index was built from. */
    public String version() {
        return version;
    }

    public int size() {
        return listings.size();
    }

    public Optional<ListingDocument> listing(UUID id) {
        return Optional.ofNullable(listings.get(id));
    }

    public Collection<ListingDocument> listings() {
        return listings.values();
    }

    /** The listings that best match {@code question} asked in {@code language}, best first. */
    public List<Match> search(String question, Language language, Context context, int limit) {
        return search(question, language, context, limit, false);
    }

    /** Listings sharing any word with the question, best first: what a model may judge. */
    public List<Match> candidates(String question, Language language, Context context, int limit) {
        return search(question, language, context, limit, true);
    }

    private List<Match> search(String question, Language language, Context context, int limit, boolean anyGroup) {
        QueryTerms terms = QueryTerms.of(question, language, analyzers);
        List<TextSearch.WeightedField> fields = List.of(
                new TextSearch.WeightedField(LanguageAnalyzers.field(TITLE, language), TITLE_BOOST),
                new TextSearch.WeightedField(LanguageAnalyzers.field(TEXT, language), 1f));
        List<Query> boosts = new ArrayList<>();
        context.seen().forEach(id -> boosts.add(new BoostQuery(new TermQuery(new Term(ID, id.toString())),
                SEEN_BOOST)));
        if (context.community() != null) {
            boosts.add(new BoostQuery(new TermQuery(new Term(COMMUNITY, context.community().toLowerCase(Locale.ROOT))),
                    NAMED_BOOST));
        }
        if (context.type() != null) {
            boosts.add(new BoostQuery(new TermQuery(new Term(TYPE, context.type().name())), NAMED_BOOST));
        }
        List<Match> matches = new ArrayList<>();
        for (TextSearch.Hit hit : TextSearch.search(searcher, terms, fields, boosts, limit, anyGroup)) {
            UUID id = UUID.fromString(stored(hit.doc()));
            boolean seen = context.seen().contains(id);
            matches.add(new Match(id, language, hit.coverage(), hit.score(), seen,
                    hit.coverage() >= MIN_COVERAGE && (hit.discriminative() || seen)));
        }
        return List.copyOf(matches);
    }

    /**
     * The sentence of the listing's description in {@code language} that shares the most words with
     * the question, if any sentence shares one. Words of the listing's title and community only name the
     * listing and do not count: in "is the Palm villa furnished?" it is "furnished" that picks the sentence.
     */
    public Optional<String> passage(UUID id, Language language, String question) {
        ListingDocument listing = listings.get(id);
        String description = listing == null ? null : listing.descriptions().get(language.code());
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        Set<String> wanted = new java.util.HashSet<>(QueryTerms.of(question, language, analyzers).allTerms());
        String naming = listing.titles().getOrDefault(language.code(), "") + " "
                + (listing.community() == null ? "" : listing.community());
        wanted.removeAll(QueryTerms.stemsOf(naming, analyzers.index(language)));
        String best = null;
        int bestShared = 0;
        for (String sentence : Sentences.of(description, language)) {
            Set<String> stems = QueryTerms.stemsOf(sentence, analyzers.index(language));
            int shared = (int) wanted.stream().filter(stems::contains).count();
            if (shared > bestShared) {
                best = sentence;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    private String stored(int doc) {
        try {
            return searcher.storedFields().document(doc).get(ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
