package com.artinsmartrealty.conversation.state;

/** A file the user sent, by reference: the bytes stay with the gateway. */
public record Media(String ref, String mimeType, long sizeBytes, String fileName) {
}
