package com.artinsmartrealty.contracts.api.ai;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a voice or photo could be read. */
public enum MediaStatus {
    @JsonProperty("ok") OK,
    /** No provider can do this now (offline provider for voice, open circuit): send the fallback text. */
    @JsonProperty("unavailable") UNAVAILABLE,
    /** The media could not be read (corrupt, unclear, unsupported). */
    @JsonProperty("failed") FAILED
}
