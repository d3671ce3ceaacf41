package com.artinsmartrealty.lead.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingCatalogVersionTest {

    private static final Instant T = Instant.parse("2025-05-01T10:00:00.123456Z");
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @Test
    void theSameListingsGiveTheSameVersionInAnyOrder() {
        assertThat(ListingCatalogReader.version(List.of(doc(a, T, 1), doc(b, T, 0))))
                .isEqualTo(ListingCatalogReader.version(List.of(doc(b, T, 0), doc(a, T, 1))))
                .startsWith("2-");
        assertThat(ListingCatalogReader.version(List.of())).startsWith("0-");
    }

    @Test
    void aChangedAddedOrRemovedListingOrPhotoMovesTheVersion() {
        String version = ListingCatalogReader.version(List.of(doc(a, T, 1), doc(b, T, 0)));

        assertThat(ListingCatalogReader.version(List.of(doc(a, T.plusNanos(1_000), 1), doc(b, T, 0))))
                .isNotEqualTo(version);
        assertThat(ListingCatalogReader.version(List.of(doc(a, T, 2), doc(b, T, 0)))).isNotEqualTo(version);
        assertThat(ListingCatalogReader.version(List.of(doc(a, T, 1)))).isNotEqualTo(version);
        assertThat(ListingCatalogReader.version(List.of(doc(a, T, 1), doc(b, T, 0), doc(UUID.randomUUID(), T, 0))))
                .isNotEqualTo(version);
    }

    private static ListingDocument doc(UUID id, Instant updatedAt, int photos) {
        return new ListingDocument(id, PropertyType.APARTMENT, Transaction.BUY, 1_000_000, "AED", "Dubai Marina", 1,
                800, Map.of("en", "Flat"), Map.of(),
                java.util.stream.IntStream.range(0, photos).mapToObj(i -> ListingDocument.photoPath(id, i)).toList(),
                updatedAt);
    }
}
