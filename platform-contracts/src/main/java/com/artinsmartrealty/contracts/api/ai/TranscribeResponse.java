package com.artinsmartrealty.contracts.api.ai;

/** @param fallbackText the text to send the user when the status is not {@code ok}, in their language */
public record TranscribeResponse(MediaStatus status, String transcript, String language, Entities entities,
                                 String fallbackText) {
}
