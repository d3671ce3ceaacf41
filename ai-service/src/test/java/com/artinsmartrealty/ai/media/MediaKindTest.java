package com.artinsmartrealty.ai.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaKindTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(nullValues = "-", textBlock = """
            VOICE, audio/ogg; codecs=opus, audio/ogg
            VOICE, audio/OPUS,            audio/ogg
            VOICE, audio/mpeg,            audio/mp3
            VOICE, audio/x-wav,           audio/wav
            VOICE, image/jpeg,            -
            VOICE, application/pdf,       -
            PHOTO, image/jpg,             image/jpeg
            PHOTO, image/webp,            image/webp
            PHOTO, audio/ogg,             -
            """)
    void acceptsTheNamesChannelsUseForEachFormat(MediaKind kind, String declared, String canonical) {
        assertThat(kind.canonicalType(declared).orElse(null)).isEqualTo(canonical);
    }

    @Test
    void checksThatTheBytesAreWhatTheTypeSays() {
        assertThat(MediaKind.looksLike("OggS\0\2".getBytes(StandardCharsets.ISO_8859_1), "audio/ogg")).isTrue();
        assertThat(MediaKind.looksLike("ID3\3\0".getBytes(StandardCharsets.ISO_8859_1), "audio/mp3")).isTrue();
        assertThat(MediaKind.looksLike("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1), "audio/wav"))
                .isTrue();
        assertThat(MediaKind.looksLike(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, "image/jpeg")).isTrue();
        assertThat(MediaKind.looksLike("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), "image/webp"))
                .isTrue();
        assertThat(MediaKind.looksLike("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), "audio/wav"))
                .isFalse();
        assertThat(MediaKind.looksLike("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1), "image/png")).isFalse();
        assertThat(MediaKind.looksLike(new byte[0], "audio/ogg")).isFalse();
    }
}
