package com.artinsmartrealty.ai.offline;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import com.artinsmartrealty.ai.retrieval.FaqIndex;
import com.artinsmartrealty.ai.retrieval.ListingIndex;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.nlu.MessageReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Replies without a model, from the tenant's own words: the knowledge-base answer that covers the
 * question, or a listing's facts and the sentence of its description that answers it, in the
 * conversation's language. Greetings and thanks get a short answer; a request for a person is
 * acknowledged; anything else gets the prepared "I'll pass it to an agent" answer, marked as a
 * fallback. A question naming a community or a property type, or a listing the lead has seen, prefers
 * listings over knowledge-base entries that cover it no better.
 */
public final class OfflineReplies {

    private static final int CANDIDATES = 3;

    private final Texts texts;

    public OfflineReplies(Texts texts) {
        this.texts = texts;
    }

    /**
     * One question to answer.
     *
     * @param answerLanguage   the conversation's language: the answer's, when the tenant wrote it in it
     * @param questionLanguage the language the question is written in
     * @param seen             listings the lead has seen
     */
    public record Question(String text, Language answerLanguage, Language questionLanguage, Set<UUID> seen,
                           String defaultCurrency) {
    }

    public ReplyResponse reply(Question question, FaqIndex faq, ListingIndex listings) {
        MessageReader.Reading reading = MessageReader.read(question.text(), question.questionLanguage().code(),
                question.defaultCurrency());
        if (reading.intent() == Intent.SMALLTALK) {
            return prepared(question.answerLanguage(), Smalltalk.answerTo(question.text()), false);
        }
        if (reading.intent() == Intent.HUMAN_REQUEST) {
            return prepared(question.answerLanguage(), Text.HUMAN_REQUEST, false);
        }
        Optional<FaqIndex.Match> entry = faq == null ? Optional.empty()
                : faq.search(question.text(), question.questionLanguage(), CANDIDATES).stream()
                        .filter(FaqIndex.Match::answers).findFirst();
        ListingIndex.Context context = new ListingIndex.Context(question.seen(), reading.entities().area(),
                reading.entities().propertyType());
        Optional<ListingIndex.Match> listing = listings == null ? Optional.empty()
                : listings.search(question.text(), question.questionLanguage(), context, CANDIDATES).stream()
                        .filter(ListingIndex.Match::answers).findFirst();
        boolean aboutProperty = reading.entities().area() != null || reading.entities().propertyType() != null
                || listing.map(ListingIndex.Match::seen).orElse(false);
        if (listing.isPresent() && (entry.isEmpty() || listing.get().coverage() > entry.get().coverage()
                || (aboutProperty && listing.get().coverage() >= entry.get().coverage()))) {
            return fromListing(question, listings, listing.get());
        }
        if (entry.isPresent()) {
            return fromEntry(question, faq.entry(entry.get().id()).orElseThrow());
        }
        return prepared(question.answerLanguage(), Text.NO_ANSWER, true);
    }

    /** The prepared answer to a question nothing answers, in {@code language}. */
    public ReplyResponse noAnswer(Language language) {
        return prepared(language, Text.NO_ANSWER, true);
    }

    private ReplyResponse fromEntry(Question question, FaqDocument entry) {
        Language language = pick(entry.translations(), question.answerLanguage(), question.questionLanguage());
        FaqDocument.QuestionAnswer wording = entry.translations().get(language);
        return new ReplyResponse(wording.answer(), language.code(), true, List.of(entry.id().toString()), false);
    }

    private ReplyResponse fromListing(Question question, ListingIndex listings, ListingIndex.Match match) {
        ListingDocument listing = listings.listing(match.id()).orElseThrow();
        Language language = question.answerLanguage();
        String summary = summary(listing, language);
        Optional<String> passage = language == question.questionLanguage()
                ? listings.passage(listing.id(), language, question.text()) : Optional.empty();
        String text = passage.map(sentence -> texts.get(language, Text.LISTING_ANSWER, summary, sentence))
                .orElse(summary);
        return new ReplyResponse(text, language.code(), true, List.of(listing.id().toString()), false);
    }

    /** A listing in one sentence: title (and community), bedrooms and price, in {@code language}. */
    public String summary(ListingDocument listing, Language language) {
        String title = listing.titles().getOrDefault(language.code(), listing.titles().getOrDefault("en",
                listing.titles().values().stream().findFirst().orElse(listing.community() == null ? ""
                        : listing.community())));
        String head = listing.community() == null || title.contains(listing.community()) ? title
                : texts.get(language, Text.LISTING_IN, title, listing.community());
        List<String> details = new ArrayList<>();
        if (listing.bedrooms() != null) {
            details.add(texts.get(language, Text.LISTING_BEDROOMS, listing.bedrooms()));
        }
        if (listing.price() > 0 && listing.currency() != null) {
            details.add(texts.get(language, Text.LISTING_PRICE, listing.price(), listing.currency()));
        }
        if (details.isEmpty()) {
            return head;
        }
        return texts.get(language, Text.LISTING_SUMMARY, head,
                String.join(texts.get(language, Text.LISTING_SEPARATOR), details));
    }

    private ReplyResponse prepared(Language language, Text text, boolean fallback) {
        return new ReplyResponse(texts.get(language, text), language.code(), false, List.of(), fallback);
    }

    private static Language pick(Map<Language, ?> available, Language preferred, Language second) {
        if (available.containsKey(preferred)) {
            return preferred;
        }
        if (available.containsKey(second)) {
            return second;
        }
        return available.containsKey(Language.EN) ? Language.EN : available.keySet().iterator().next();
    }
}
