package com.artinsmartrealty.contracts.chat;

import java.util.Objects;

/**
 * A stored file (voice note, photo, document, PDF, calendar file). Records carry only this reference;
 * the bytes stay in the media store of the service that wrote them.
 *
 * @param ref       opaque reference understood by the media store, e.g. {@code media:<tenant>/<id>}
 * @param mimeType  the MIME type, parameters included ({@code audio/ogg; codecs=opus})
 * @param sizeBytes the size, or 0 when unknown
 * @param fileName  a file name for documents, or null
 */
public record MediaRef(String ref, String mimeType, long sizeBytes, String fileName) {

    public MediaRef {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(mimeType, "mimeType");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative");
        }
    }
}
