package com.artinsmartrealty.ai.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The search every index of this package runs. A question's word groups become one clause each (a
 * group matches when any of its terms is in any of the fields), at least half of which must match
 * (BM25 ranks the rest). For the best hits it then tells how much of the question each one covers:
 * the share of word groups it contains, and whether one of them is a word that tells documents apart
 * (not one nearly every document has, like "Dubai" in a Dubai agency's listings). Callers accept a hit
 * by those two facts, which read the same for any index size.
 */
final class TextSearch {

    /** A field and how much a match in it counts. */
    record WeightedField(String name, float boost) {
    }

    /**
     * @param doc            the Lucene document
     * @param coverage       the share of the question's word groups the document contains, 0..1
     * @param discriminative at least one matched group is rarer than in most documents
     */
    record Hit(int doc, float score, double coverage, boolean discriminative) {
    }

    /** A word group common to more than this share of documents does not tell them apart. */
    private static final double COMMON_SHARE = 0.6;
    /** In an index this small every word is common; rarity is not asked for. */
    private static final int SMALL_INDEX = 3;

    private TextSearch() {
    }

    /**
     * @param anyGroup match documents with any of the question's word groups instead of half of them (to
     *                 gather candidates for a model, which judges relevance itself)
     */
    static List<Hit> search(IndexSearcher searcher, QueryTerms terms, List<WeightedField> fields, List<Query> boosts,
                            int limit, boolean anyGroup) {
        if (terms.isEmpty()) {
            return List.of();
        }
        try {
            List<Query> groups = terms.groups().stream().map(group -> groupQuery(group, fields)).toList();
            BooleanQuery.Builder content = new BooleanQuery.Builder();
            groups.forEach(group -> content.add(group, BooleanClause.Occur.SHOULD));
            content.setMinimumNumberShouldMatch(anyGroup ? 1 : (groups.size() + 1) / 2);
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(content.build(), BooleanClause.Occur.MUST);
            boosts.forEach(boost -> query.add(boost, BooleanClause.Occur.SHOULD));
            ScoreDoc[] top = searcher.search(query.build(), Math.max(limit, 5)).scoreDocs;
            if (top.length == 0) {
                return List.of();
            }
            List<Weight> weights = new ArrayList<>(groups.size());
            for (Query group : groups) {
                weights.add(searcher.createWeight(searcher.rewrite(group), ScoreMode.COMPLETE_NO_SCORES, 1f));
            }
            boolean[] rare = new boolean[groups.size()];
            int documents = searcher.getIndexReader().numDocs();
            for (int g = 0; g < groups.size(); g++) {
                rare[g] = documents <= SMALL_INDEX
                        || docFreq(searcher, terms.groups().get(g), fields) <= COMMON_SHARE * documents;
            }
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Hit> hits = new ArrayList<>(top.length);
            for (ScoreDoc scoreDoc : top) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
                int matched = 0;
                boolean discriminative = false;
                for (int g = 0; g < weights.size(); g++) {
                    if (weights.get(g).matches(leaf, scoreDoc.doc - leaf.docBase) != null) {
                        matched++;
                        discriminative |= rare[g];
                    }
                }
                hits.add(new Hit(scoreDoc.doc, scoreDoc.score, (double) matched / groups.size(), discriminative));
            }
            hits.sort(Comparator.comparingDouble(Hit::coverage).reversed()
                    .thenComparing(Comparator.comparingDouble(Hit::score).reversed()));
            return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query groupQuery(Set<String> group, List<WeightedField> fields) {
        List<Query> perField = new ArrayList<>(fields.size());
        for (WeightedField field : fields) {
            Query query;
            if (group.size() == 1) {
                query = new TermQuery(new Term(field.name(), group.iterator().next()));
            } else {
                SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field.name());
                group.forEach(term -> synonyms.addTerm(new Term(field.name(), term)));
                query = synonyms.build();
            }
            perField.add(field.boost() == 1f ? query : new BoostQuery(query, field.boost()));
        }
        return perField.size() == 1 ? perField.getFirst() : new DisjunctionMaxQuery(perField, 0.2f);
    }

    private static int docFreq(IndexSearcher searcher, Set<String> group, List<WeightedField> fields)
            throws IOException {
        int max = 0;
        for (WeightedField field : fields) {
            for (String term : group) {
                max = Math.max(max, searcher.getIndexReader().docFreq(new Term(field.name(), term)));
            }
        }
        return max;
    }
}
