package com.artinsmartrealty.lead.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats a listing photo may have, told apart by the first bytes of the file (its
 * signature), never by what the uploader claims alone.
 */
public enum PhotoFormat {

    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_MARK = {'W', 'E', 'B', 'P'};
    private static final byte[] VP8 = {'V', 'P', '8'};

    private final String mediaType;

    PhotoFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type the photo is stored and served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a {@code Content-Type} value names (parameters and case ignored), if it is one of these. */
    public static Optional<PhotoFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(bare)).findFirst();
    }

    /** The format the bytes are, by their signature; empty when they are none of these. */
    public static Optional<PhotoFormat> of(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        // RIFF container: "RIFF", the chunk size (4 bytes), the form type "WEBP", then a VP8, VP8L or VP8X chunk.
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MARK) && startsWith(bytes, 12, VP8)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
