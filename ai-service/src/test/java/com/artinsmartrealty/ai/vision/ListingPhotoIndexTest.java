package com.artinsmartrealty.ai.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingPhotoIndexTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    @Test
    void eachListingMatchesByItsClosestPhotoBestFirstWithinTheDistance() {
        long photo = 0x0F0F_0F0F_0F0F_0F0FL;
        ListingPhotoIndex index = new ListingPhotoIndex(List.of(
                new ListingPhotoIndex.Fingerprint(A, 0, photo ^ 0b1111_1111L),
                new ListingPhotoIndex.Fingerprint(A, 1, photo ^ 0b1L),
                new ListingPhotoIndex.Fingerprint(B, 0, photo ^ 0b111L),
                new ListingPhotoIndex.Fingerprint(UUID.randomUUID(), 0, ~photo)));

        List<PhotoMatch> matches = index.matches(photo, 5);

        assertThat(matches).extracting(PhotoMatch::listingId).containsExactly(A, B);
        assertThat(matches.getFirst().photoIndex()).isEqualTo(1);
        assertThat(matches.getFirst().distance()).isEqualTo(1);
        assertThat(matches.getFirst().score()).isGreaterThan(matches.get(1).score());
        assertThat(index.matches(photo, 1)).hasSize(1);
    }
}
