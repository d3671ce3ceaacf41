package com.artinsmartrealty.ai.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The perceptual hashes of a tenant's listing photos, and the listings a user's photo matches: for each
 * listing its closest photo, kept when that is within {@link PerceptualHash#SAME_PHOTO_DISTANCE} bits,
 * best first.
 */
public final class ListingPhotoIndex {

    private final List<Fingerprint> fingerprints;

    public ListingPhotoIndex(List<Fingerprint> fingerprints) {
        this.fingerprints = List.copyOf(fingerprints);
    }

    /** One listing photo's hash. */
    public record Fingerprint(UUID listingId, int photoIndex, long hash) {
    }

    public int size() {
        return fingerprints.size();
    }

    public List<PhotoMatch> matches(long hash, int limit) {
        Map<UUID, PhotoMatch> best = new LinkedHashMap<>();
        for (Fingerprint fingerprint : fingerprints) {
            int distance = PerceptualHash.distance(hash, fingerprint.hash());
            if (distance > PerceptualHash.SAME_PHOTO_DISTANCE) {
                continue;
            }
            PhotoMatch candidate = new PhotoMatch(fingerprint.listingId(), fingerprint.photoIndex(), distance,
                    PerceptualHash.similarity(distance));
            best.merge(fingerprint.listingId(), candidate, (a, b) -> a.distance() <= b.distance() ? a : b);
        }
        List<PhotoMatch> sorted = new ArrayList<>(best.values());
        sorted.sort(Comparator.comparingInt(PhotoMatch::distance));
        return sorted.size() > limit ? List.copyOf(sorted.subList(0, limit)) : List.copyOf(sorted);
    }
}
