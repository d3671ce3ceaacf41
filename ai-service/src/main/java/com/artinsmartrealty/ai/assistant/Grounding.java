package com.artinsmartrealty.ai.assistant;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.knowledge.KnowledgeIndexes;
import com.artinsmartrealty.ai.listings.ListingCatalogs;
import com.artinsmartrealty.ai.listings.ListingsProperties;
import com.artinsmartrealty.ai.retrieval.FaqIndex;
import com.artinsmartrealty.ai.retrieval.LanguageAnalyzers;
import com.artinsmartrealty.ai.retrieval.ListingIndex;
import com.artinsmartrealty.contracts.api.ai.ListingSummary;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What a reply may rest on, all of the caller's tenant: its current knowledge-base index and the index of
 * its listings. When lead-service cannot be reached, the listings the lead has seen (sent with the
 * request) stand in for the catalog; when the knowledge base cannot be read, replies go on without it.
 */
@Component
class Grounding {

    private static final Logger log = LoggerFactory.getLogger(Grounding.class);

    private final KnowledgeIndexes knowledge;
    private final ListingCatalogs listings;
    private final LanguageAnalyzers analyzers;
    private final ListingsProperties properties;

    Grounding(KnowledgeIndexes knowledge, ListingCatalogs listings, LanguageAnalyzers analyzers,
              ListingsProperties properties) {
        this.knowledge = knowledge;
        this.listings = listings;
        this.analyzers = analyzers;
        this.properties = properties;
    }

    /** The indexes; either may be absent. */
    record Sources(Optional<FaqIndex> faq, Optional<ListingIndex> listings) {
    }

    Mono<Sources> load(UUID tenantId, List<ListingSummary> seen, Language language) {
        Mono<Optional<FaqIndex>> faq = knowledge.current(tenantId)
                .map(Optional::of)
                .onErrorResume(e -> {
                    log.error("Knowledge base of tenant {} unavailable: {}", tenantId, e.toString());
                    return Mono.just(Optional.empty());
                });
        Mono<Optional<ListingIndex>> catalog = listings.index(tenantId)
                .timeout(properties.timeout())
                .map(Optional::of)
                .onErrorResume(e -> Mono.fromCallable(() -> seenOnly(seen, language))
                        .subscribeOn(Schedulers.boundedElastic()));
        return Mono.zip(faq, catalog, Sources::new);
    }

    private Optional<ListingIndex> seenOnly(List<ListingSummary> seen, Language language) {
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        List<ListingDocument> documents = seen.stream().filter(listing -> listing.listingId() != null)
                .map(listing -> new ListingDocument(listing.listingId(), listing.type(), listing.transaction(),
                        listing.price(), listing.currency(), listing.community(), listing.bedrooms(), null,
                        listing.title() == null ? Map.of() : Map.of(language.code(), listing.title()),
                        listing.description() == null ? Map.of() : Map.of(language.code(), listing.description()),
                        List.of(), Instant.EPOCH))
                .toList();
        return Optional.of(ListingIndex.build("seen", documents, analyzers));
    }
}
