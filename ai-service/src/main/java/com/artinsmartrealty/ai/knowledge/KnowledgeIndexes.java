package com.artinsmartrealty.ai.knowledge;

import com.artinsmartrealty.ai.retrieval.FaqIndex;
import com.artinsmartrealty.ai.retrieval.LanguageAnalyzers;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Each tenant's knowledge-base search index, current before every use: the tenant's knowledge version
 * is read first (one indexed row), and the index built for that version is used, or built once from
 * the entries if this instance has none for it. An entry written through any instance moves the
 * version on, so every instance answers from the new entries from its next question.
 */
@Component
public class KnowledgeIndexes {

    private final KnowledgeStore store;
    private final LanguageAnalyzers analyzers;
    private final AsyncCache<TenantVersion, FaqIndex> indexes;

    KnowledgeIndexes(KnowledgeStore store, LanguageAnalyzers analyzers, KnowledgeProperties properties) {
        this.store = store;
        this.analyzers = analyzers;
        this.indexes = Caffeine.newBuilder()
                .maximumSize(properties.cachedIndexes())
                .expireAfterAccess(Duration.ofHours(6))
                .buildAsync();
    }

    /** The tenant's current index (an empty one when the tenant has no entries). */
    public Mono<FaqIndex> current(UUID tenantId) {
        return store.version(tenantId).flatMap(version -> Mono.fromFuture(
                () -> indexes.get(new TenantVersion(tenantId, version), (key, executor) -> build(key).toFuture()),
                true));
    }

    private Mono<FaqIndex> build(TenantVersion key) {
        return store.all(key.tenantId())
                .map(KnowledgeEntry::document)
                .collectList()
                .publishOn(Schedulers.boundedElastic())
                .map(documents -> FaqIndex.build(key.version(), documents, analyzers));
    }

    private record TenantVersion(UUID tenantId, long version) {
    }
}
