package com.artinsmartrealty.ai.assistant;

import com.artinsmartrealty.ai.AiProperties;
import com.artinsmartrealty.ai.gemini.GeminiProvider;
import com.artinsmartrealty.ai.gemini.ModelFailure;
import com.artinsmartrealty.ai.gemini.ReplyContext;
import com.artinsmartrealty.ai.gemini.Requester;
import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.offline.OfflineReplies;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import com.artinsmartrealty.ai.retrieval.FaqIndex;
import com.artinsmartrealty.ai.retrieval.ListingIndex;
import com.artinsmartrealty.contracts.api.ai.ListingSummary;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.nlu.language.LanguageGuesser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers a question from the tenant's knowledge base and listings. With Gemini on, the entries and
 * listings retrieved for the question (and the ones the lead has seen) are the model's only context;
 * when the model fails, is refused or is over budget, the offline answer (the knowledge base's own
 * answer, when one covers the question) is given instead, so a common question is answered even while
 * the model is down.
 */
@Component
public class Replier {

    private static final Logger log = LoggerFactory.getLogger(Replier.class);
    private static final int CONTEXT_ENTRIES = 4;
    private static final int CONTEXT_LISTINGS = 3;

    private final AiProperties properties;
    private final Grounding grounding;
    private final OfflineReplies offline = new OfflineReplies(Texts.instance());
    private final Optional<GeminiProvider> gemini;

    Replier(AiProperties properties, Grounding grounding, ObjectProvider<GeminiProvider> gemini) {
        this.properties = properties;
        this.grounding = grounding;
        this.gemini = Optional.ofNullable(gemini.getIfAvailable());
    }

    public Mono<ReplyResponse> reply(Caller caller, ReplyRequest request) {
        Language questionLanguage = LanguageGuesser.instance().guess(request.question()).flatMap(Language::of)
                .orElse(Language.of(request.language()).orElse(Language.EN));
        Language language = Language.of(request.language()).orElse(questionLanguage);
        Set<UUID> seen = new LinkedHashSet<>();
        request.listings().stream().map(ListingSummary::listingId).filter(Objects::nonNull).forEach(seen::add);
        OfflineReplies.Question question = new OfflineReplies.Question(request.question(), language,
                questionLanguage, seen, properties.defaultCurrency());
        return grounding.load(caller.tenantId(), request.listings(), language).flatMap(sources -> {
            Mono<ReplyResponse> fromKnowledge = Mono.fromCallable(() -> offline.reply(question,
                    sources.faq().orElse(null), sources.listings().orElse(null)));
            if (gemini.isEmpty()) {
                return fromKnowledge;
            }
            ReplyContext context = context(question, request, sources);
            return gemini.get().reply(new Requester(caller.tenantId(), request.leadId(), caller.correlationId()),
                            request.question(), context)
                    .onErrorResume(error -> {
                        if (error instanceof ModelFailure failure) {
                            log.info("Replying offline: {}", failure.reason());
                        } else {
                            log.error("Replying with the model failed; answering offline", error);
                        }
                        return fromKnowledge;
                    });
        });
    }

    private static ReplyContext context(OfflineReplies.Question question, ReplyRequest request,
                                        Grounding.Sources sources) {
        List<ReplyContext.Entry> entries = new ArrayList<>();
        sources.faq().ifPresent(faq -> {
            for (FaqIndex.Match match : faq.candidates(question.text(), question.questionLanguage(), CONTEXT_ENTRIES)) {
                FaqDocument entry = faq.entry(match.id()).orElseThrow();
                FaqDocument.QuestionAnswer wording = entry.in(question.answerLanguage())
                        .or(() -> entry.in(question.questionLanguage()))
                        .orElse(entry.translations().values().iterator().next());
                entries.add(new ReplyContext.Entry(entry.id().toString(), wording.question(), wording.answer()));
            }
        });
        List<ReplyContext.Listing> listings = new ArrayList<>();
        Set<UUID> included = new LinkedHashSet<>();
        sources.listings().ifPresent(index -> {
            for (UUID id : question.seen()) {
                Optional<ListingDocument> listing = index.listing(id);
                if (listing.isPresent() && included.size() < CONTEXT_LISTINGS && included.add(id)) {
                    listings.add(listing(listing.get(), question.answerLanguage(), true));
                }
            }
            for (ListingIndex.Match match : index.candidates(question.text(), question.questionLanguage(),
                    new ListingIndex.Context(question.seen(), null, null), CONTEXT_LISTINGS)) {
                Optional<ListingDocument> listing = index.listing(match.id());
                if (listing.isPresent() && included.add(match.id())) {
                    listings.add(listing(listing.get(), question.answerLanguage(), false));
                }
            }
        });
        LeadProfile profile = request.profile() == null ? LeadProfile.empty() : request.profile();
        return new ReplyContext(question.answerLanguage().code(),
                request.purpose() == null ? ReplyRequest.Purpose.ENGAGEMENT : request.purpose(), entries, listings,
                profile);
    }

    private static ReplyContext.Listing listing(ListingDocument listing, Language language, boolean seen) {
        return new ReplyContext.Listing(listing.id().toString(), localized(listing.titles(), language),
                listing.community(), listing.type(), listing.transaction(), listing.price(), listing.currency(),
                listing.bedrooms(), localized(listing.descriptions(), language), seen);
    }

    private static String localized(java.util.Map<String, String> texts, Language language) {
        if (texts.containsKey(language.code())) {
            return texts.get(language.code());
        }
        return texts.getOrDefault("en", texts.values().stream().findFirst().orElse(null));
    }
}
