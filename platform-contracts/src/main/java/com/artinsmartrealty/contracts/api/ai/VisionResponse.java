package com.artinsmartrealty.contracts.api.ai;

import com.artinsmartrealty.contracts.lead.PropertyType;
import java.util.List;
import java.util.UUID;

/**
 * @param matches the tenant's listings the photo resembles, best first
 * @param fallbackText the text to send the user when the status is not {@code ok}, in their language
 */
public record VisionResponse(MediaStatus status, PhotoAttributes attributes, List<PhotoMatch> matches,
                             String fallbackText) {

    public VisionResponse {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    /** What the photo shows; every field may be null. */
    public record PhotoAttributes(PropertyType propertyType, Integer bedrooms, List<String> features,
                                  String description) {
    }

    /** A listing the photo matches, with a score in 0..1. */
    public record PhotoMatch(UUID listingId, double score) {
    }
}
