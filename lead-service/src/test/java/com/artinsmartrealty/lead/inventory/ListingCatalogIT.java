package com.artinsmartrealty.lead.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.api.lead.ListingCatalog;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.LeadServiceIT;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The catalog other services read ({@code GET /internal/listings}) and its photos by index, as the AI
 * service calls them: with a service token of the tenant.
 */
class ListingCatalogIT extends LeadServiceIT {

    private UUID tenant;
    private String admin;
    private Listing marina;
    private Listing inactive;
    private byte[] jpeg;
    private byte[] png;

    @BeforeEach
    void aTenantWithListingsOneOfThemWithStoredPhotosAndOneInactive() {
        tenant = UUID.randomUUID();
        admin = adminToken(tenant);
        List<Listing> inventory = ListingMother.dubai();
        marina = inventory.getFirst();
        Listing base = ListingMother.rental("OLD-1", PropertyType.VILLA, 200_000, 4, "Arabian Ranches");
        inactive = new Listing(base.id(), base.reference(), base.type(), base.transaction(), base.price(),
                base.currency(), base.bedrooms(), base.sizeSqft(), base.community(), base.titles(), base.descriptions(),
                base.photos(), null, null, null, false, false);
        addListings(tenant, inventory);
        addListings(tenant, List.of(inactive));
        jpeg = TestPhotos.jpeg(11);
        png = TestPhotos.png(12);
        upload(marina.id(), MediaType.IMAGE_JPEG, jpeg);
        upload(marina.id(), MediaType.IMAGE_PNG, png);
        upload(inactive.id(), MediaType.IMAGE_PNG, TestPhotos.png(13));
    }

    @Test
    void theCatalogHoldsEveryActiveListingOfTheCallingTenantWithItsStoredPhotosPaths() {
        ListingCatalog catalog = catalog(tenant);

        assertThat(catalog.items()).hasSize(ListingMother.dubai().size())
                .extracting(ListingDocument::id).doesNotContain(inactive.id());
        ListingDocument document = catalog.items().stream().filter(item -> item.id().equals(marina.id()))
                .findFirst().orElseThrow();
        assertThat(document.type()).isEqualTo(PropertyType.APARTMENT);
        assertThat(document.transaction()).isEqualTo(Transaction.BUY);
        assertThat(document.price()).isEqualTo(1_200_000);
        assertThat(document.currency()).isEqualTo("AED");
        assertThat(document.community()).isEqualTo("Dubai Marina");
        assertThat(document.bedrooms()).isEqualTo(1);
        assertThat(document.sizeSqft()).isEqualTo(marina.sizeSqft());
        assertThat(document.titles()).isEqualTo(marina.titles()).containsKeys("en", "fa", "ar");
        assertThat(document.updatedAt()).isNotNull();
        // Only stored photos: lead-service cannot serve the bytes of an external URL.
        assertThat(document.photoUrls()).containsExactly(ListingDocument.photoPath(marina.id(), 0),
                ListingDocument.photoPath(marina.id(), 1));
        assertThat(catalog.items()).filteredOn(item -> !item.id().equals(marina.id()))
                .allSatisfy(item -> assertThat(item.photoUrls()).isEmpty());
        assertThat(catalog.version()).startsWith(catalog.items().size() + "-");
        assertThat(catalog(tenant).version()).isEqualTo(catalog.version());

        // Another tenant's service token reads its own (empty) catalog.
        ListingCatalog other = catalog(UUID.randomUUID());
        assertThat(other.items()).isEmpty();
        assertThat(other.version()).isNotEmpty();
    }

    @Test
    void theVersionMovesWhenAListingOrAPhotoIsAddedChangedOrRemoved() {
        String version = catalog(tenant).version();
        var changedAt = document(catalog(tenant), marina.id()).updatedAt();

        String photo = client().post().uri("/api/properties/" + marina.id() + "/photos")
                .header("Authorization", "Bearer " + admin).contentType(MediaType.IMAGE_JPEG)
                .bodyValue(TestPhotos.jpeg(14)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("path").asString();
        ListingCatalog added = catalog(tenant);
        assertThat(added.version()).isNotEqualTo(version);
        assertThat(document(added, marina.id()).photoUrls()).hasSize(3);
        assertThat(document(added, marina.id()).updatedAt()).isAfter(changedAt);

        client().delete().uri(photo).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isNoContent();
        ListingCatalog removed = catalog(tenant);
        assertThat(removed.version()).isNotEqualTo(added.version()).isNotEqualTo(version);
        assertThat(document(removed, marina.id()).updatedAt()).isAfter(document(added, marina.id()).updatedAt());

        // A photo of an inactive listing is not in the catalog, nor is its listing.
        upload(inactive.id(), MediaType.IMAGE_PNG, TestPhotos.png(15));
        assertThat(catalog(tenant).version()).isEqualTo(removed.version());

        Listing cheaper = new Listing(marina.id(), marina.reference(), marina.type(), marina.transaction(), 1_100_000,
                marina.currency(), marina.bedrooms(), marina.sizeSqft(), marina.community(), marina.titles(),
                marina.descriptions(), marina.photos(), marina.expectedAnnualRent(), marina.annualServiceCharges(),
                marina.handoverDate(), marina.residencyEligible(), marina.active());
        addListings(tenant, List.of(cheaper));
        ListingCatalog changed = catalog(tenant);
        assertThat(changed.version()).isNotEqualTo(removed.version());
        assertThat(document(changed, marina.id()).price()).isEqualTo(1_100_000);

        addListings(tenant, List.of(ListingMother.rental("NEW-1", PropertyType.STUDIO, 50_000, 0, "JLT")));
        ListingCatalog grown = catalog(tenant);
        assertThat(grown.items()).hasSize(changed.items().size() + 1);
        assertThat(grown.version()).isNotEqualTo(changed.version());

        client().delete().uri("/api/properties/" + marina.id()).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isNoContent();
        ListingCatalog shrunk = catalog(tenant);
        assertThat(shrunk.items()).extracting(ListingDocument::id).doesNotContain(marina.id());
        assertThat(shrunk.version()).isNotEqualTo(grown.version());
    }

    @Test
    void aPhotoIsServedByItsIndexToTheTenantsServicesOnly() {
        String service = serviceToken(tenant);
        String first = ListingDocument.photoPath(marina.id(), 0);
        String second = ListingDocument.photoPath(marina.id(), 1);

        byte[] served = client().get().uri(first).header("Authorization", "Bearer " + service).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_JPEG)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"" + ListingPhotos.sha256(jpeg) + "\"")
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-cache"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(jpeg);
        assertThat(client().get().uri(second).header("Authorization", "Bearer " + service).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(png);

        for (String missing : List.of(ListingDocument.photoPath(marina.id(), 2),
                ListingDocument.photoPath(marina.id(), 99), ListingDocument.photoPath(UUID.randomUUID(), 0),
                "/internal/listings/" + marina.id() + "/photos/-1")) {
            client().get().uri(missing).header("Authorization", "Bearer " + service).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client().get().uri(first).header("Authorization", "Bearer " + serviceToken(UUID.randomUUID())).exchange()
                .expectStatus().isNotFound();
        client().get().uri(first).exchange().expectStatus().isUnauthorized();
        client().get().uri(ListingCatalog.PATH).exchange().expectStatus().isUnauthorized();
        client().get().uri(first).header("Authorization", "Bearer " + admin).exchange().expectStatus().isForbidden();
        client().get().uri(ListingCatalog.PATH).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isForbidden();

        // Once the first photo is removed, the second is the first.
        String firstPath = client().get().uri("/api/properties/" + marina.id()).header("Authorization", "Bearer " + admin)
                .exchange().expectBody(JsonNode.class).returnResult().getResponseBody().get("photos").get(1).asString();
        client().delete().uri(firstPath).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isNoContent();
        assertThat(client().get().uri(first).header("Authorization", "Bearer " + service).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(png);
        client().get().uri(second).header("Authorization", "Bearer " + service).exchange()
                .expectStatus().isNotFound();
    }

    private ListingCatalog catalog(UUID tenantId) {
        return client().get().uri(ListingCatalog.PATH).header("Authorization", "Bearer " + serviceToken(tenantId))
                .exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(ListingCatalog.class).returnResult().getResponseBody();
    }

    private static ListingDocument document(ListingCatalog catalog, UUID id) {
        return catalog.items().stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }

    private void upload(UUID listingId, MediaType type, byte[] bytes) {
        client().post().uri("/api/properties/" + listingId + "/photos").header("Authorization", "Bearer " + admin)
                .contentType(type).bodyValue(bytes).exchange().expectStatus().isCreated();
    }
}
