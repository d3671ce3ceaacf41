package com.artinsmartrealty.ai.media;

import java.util.Objects;

/** A voice note or photo in memory, with its canonical MIME type; its bytes were checked to match it. */
public record Media(MediaKind kind, String mimeType, byte[] bytes) {

    public Media {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(bytes, "bytes");
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "Media[" + kind + ", " + mimeType + ", " + bytes.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Media media && kind == media.kind && mimeType.equals(media.mimeType)
                && java.util.Arrays.equals(bytes, media.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, mimeType, java.util.Arrays.hashCode(bytes));
    }
}
