package com.artinsmartrealty.ai.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two kinds of media users send: voice notes (OGG/Opus, MP3, WAV) and photos (JPEG, PNG, WebP,
 * HEIC). Each accepts the MIME names channels use for its formats, maps them to one canonical type, and
 * checks that the bytes really start the way that format does, so a file renamed to {@code .ogg} is
 * refused before it reaches a model.
 */
public enum MediaKind {
    VOICE(Map.ofEntries(
            Map.entry("audio/ogg", "audio/ogg"), Map.entry("audio/opus", "audio/ogg"),
            Map.entry("audio/x-opus+ogg", "audio/ogg"), Map.entry("application/ogg", "audio/ogg"),
            Map.entry("audio/mpeg", "audio/mp3"), Map.entry("audio/mp3", "audio/mp3"),
            Map.entry("audio/mpeg3", "audio/mp3"), Map.entry("audio/x-mpeg-3", "audio/mp3"),
            Map.entry("audio/wav", "audio/wav"), Map.entry("audio/x-wav", "audio/wav"),
            Map.entry("audio/wave", "audio/wav"), Map.entry("audio/vnd.wave", "audio/wav"))),
    PHOTO(Map.ofEntries(
            Map.entry("image/jpeg", "image/jpeg"), Map.entry("image/jpg", "image/jpeg"),
            Map.entry("image/pjpeg", "image/jpeg"), Map.entry("image/png", "image/png"),
            Map.entry("image/webp", "image/webp"), Map.entry("image/heic", "image/heic"),
            Map.entry("image/heif", "image/heif")));

    private final Map<String, String> canonical;

    MediaKind(Map<String, String> canonical) {
        this.canonical = canonical;
    }

    /** The canonical type of a declared MIME type (parameters ignored), if this kind accepts it. */
    public Optional<String> canonicalType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        int semicolon = mimeType.indexOf(';');
        String bare = (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(canonical.get(bare));
    }

    /** Whether the bytes begin as a file of the canonical type does. */
    public static boolean looksLike(byte[] bytes, String canonicalType) {
        return switch (canonicalType) {
            case "audio/ogg" -> startsWith(bytes, 0, "OggS");
            case "audio/mp3" -> startsWith(bytes, 0, "ID3")
                    || (bytes.length > 1 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xe0) == 0xe0);
            case "audio/wav" -> startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WAVE");
            case "image/jpeg" -> bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
                    && (bytes[2] & 0xff) == 0xff;
            case "image/png" -> bytes.length > 7 && Arrays.equals(Arrays.copyOf(bytes, 8),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
            case "image/webp" -> startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WEBP");
            case "image/heic", "image/heif" -> startsWith(bytes, 4, "ftyp");
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < offset + expected.length) {
            return false;
        }
        return Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }
}
