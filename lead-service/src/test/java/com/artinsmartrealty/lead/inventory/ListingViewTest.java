package com.artinsmartrealty.lead.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.lead.PropertyType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingViewTest {

    private final Listing listing = ListingMother.sale("MAR-1", PropertyType.APARTMENT, 1_200_000, 1,
            "Dubai Marina", 85_000L, 18_000L, false);

    @Test
    void storedPhotosFollowTheExternalUrlsAsTheirDashboardPaths() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        ListingView view = ListingView.of(listing, List.of(first, second));

        assertThat(view.photos()).containsExactly("https://img.example/MAR-1.jpg",
                "/api/properties/" + listing.id() + "/photos/" + first,
                "/api/properties/" + listing.id() + "/photos/" + second);
    }

    @Test
    void aListingSentBackAsReadKeepsOnlyItsExternalUrls() {
        ListingView view = ListingView.of(listing, List.of(UUID.randomUUID()));

        ListingDraft draft = view.toDraft(listing.id());

        assertThat(draft.photos()).containsExactly("https://img.example/MAR-1.jpg");
        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void onlyTheListingsOwnPhotoPathsAreLeftOutTheRestMustBeUrls() {
        UUID other = UUID.randomUUID();
        ListingView view = ListingView.of(listing, List.of(UUID.randomUUID()));

        // Another listing's photo, and a new listing, which has no stored photos yet.
        assertThat(view.toDraft(other).problems()).anyMatch(problem -> problem.startsWith("photos"));
        assertThat(view.toDraft(null).problems()).anyMatch(problem -> problem.startsWith("photos"));
        ListingView odd = withPhotos(view, List.of("/api/properties/" + listing.id() + "/photos/not-a-photo-id"));
        assertThat(odd.toDraft(listing.id()).problems()).anyMatch(problem -> problem.startsWith("photos"));
    }

    private static ListingView withPhotos(ListingView view, List<String> photos) {
        return new ListingView(view.id(), view.reference(), view.type(), view.transaction(), view.price(),
                view.currency(), view.bedrooms(), view.sizeSqft(), view.community(), view.titles(),
                view.descriptions(), photos, view.expectedAnnualRent(), view.annualServiceCharges(),
                view.handoverDate(), view.residencyEligible(), view.active());
    }
}
