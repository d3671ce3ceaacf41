package com.artinsmartrealty.ai.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Knowledge-base settings.
 *
 * @param cachedIndexes how many tenants' search indexes one instance keeps in memory
 * @param pageSize      entries per page when the client asks for no size
 * @param maxPageSize   the most entries a page may have
 */
@ConfigurationProperties("ai.knowledge")
public record KnowledgeProperties(int cachedIndexes, int pageSize, int maxPageSize) {

    public KnowledgeProperties {
        cachedIndexes = cachedIndexes <= 0 ? 1000 : cachedIndexes;
        pageSize = pageSize <= 0 ? 50 : pageSize;
        maxPageSize = maxPageSize <= 0 ? 200 : maxPageSize;
    }
}
