package com.artinsmartrealty.ai.vision;

import java.util.UUID;

/** A listing one of whose photos looks like the user's: how many hash bits differ and what that scores. */
public record PhotoMatch(UUID listingId, int photoIndex, int distance, double score) {
}
