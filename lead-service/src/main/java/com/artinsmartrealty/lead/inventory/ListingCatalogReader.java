package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.api.lead.ListingCatalog;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A tenant's catalog as other services read it ({@code GET /internal/listings}): every active listing
 * with its stored photos' paths, and a version that is a digest of the listings in it, their change
 * times and photo counts. A listing or photo added, changed or removed moves a listing's change time or
 * the set of listings, so it moves the version; an unchanged catalog keeps it on every instance.
 */
@Component
public class ListingCatalogReader {

    private final TenantTransactions tenants;
    private final ListingStore listings;

    ListingCatalogReader(TenantTransactions tenants, ListingStore listings) {
        this.tenants = tenants;
        this.listings = listings;
    }

    public Mono<ListingCatalog> read(UUID tenantId) {
        return tenants.inTenant(tenantId, listings.catalog().collectList())
                .map(items -> new ListingCatalog(items, version(items)));
    }

    /** {@code <count>-<digest>}: the same for the same listings, change times and photo counts. */
    static String version(List<ListingDocument> items) {
        MessageDigest digest = sha256();
        items.stream().sorted(Comparator.comparing(ListingDocument::id)).forEach(item -> digest.update(
                (item.id() + "|" + (item.updatedAt() == null ? "" : item.updatedAt().truncatedTo(ChronoUnit.MICROS))
                        + "|" + item.photoUrls().size() + "\n").getBytes(StandardCharsets.UTF_8)));
        return items.size() + "-" + HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
