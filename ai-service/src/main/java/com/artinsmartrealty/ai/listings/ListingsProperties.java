package com.artinsmartrealty.ai.listings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service keeps each tenant's listings from lead-service.
 *
 * @param refreshAfter        how old a tenant's catalog may get before the next use fetches it again
 *                            (in the background; the last one serves meanwhile)
 * @param expireAfter         how long a catalog that can no longer be refreshed is still used
 * @param timeout             how long one call to lead-service may take
 * @param maxPhotosPerListing how many of a listing's photos are fingerprinted for photo matching
 * @param photoConcurrency    how many photos are fetched at once
 */
@ConfigurationProperties("ai.listings")
public record ListingsProperties(Duration refreshAfter, Duration expireAfter, Duration timeout,
                                 int maxPhotosPerListing, int photoConcurrency) {

    public ListingsProperties {
        refreshAfter = refreshAfter == null ? Duration.ofSeconds(30) : refreshAfter;
        expireAfter = expireAfter == null ? Duration.ofMinutes(15) : expireAfter;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        maxPhotosPerListing = maxPhotosPerListing <= 0 ? 8 : maxPhotosPerListing;
        photoConcurrency = photoConcurrency <= 0 ? 4 : photoConcurrency;
    }
}
