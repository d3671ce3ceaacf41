package com.artinsmartrealty.ai.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.ai.media.Media;
import com.artinsmartrealty.ai.media.MediaKind;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Token estimates err on the high side, so budgets are checked before a call, not discovered after it. */
class GeminiProviderTest {

    @Test
    void aWavFilesDurationComesFromItsHeader() {
        byte[] wav = new byte[32_000 * 10 + 44];
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(wav.length - 8).put("WAVEfmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000);

        assertThat(GeminiProvider.audioTokens(new Media(MediaKind.VOICE, "audio/wav", wav))).isBetween(320L, 322L);
    }

    @Test
    void compressedVoiceIsCountedAtTheLowestBitrateVoiceNotesUse() {
        byte[] thirtySecondsOfOpus = new byte[60_000];

        assertThat(GeminiProvider.audioTokens(new Media(MediaKind.VOICE, "audio/ogg", thirtySecondsOfOpus)))
                .isGreaterThanOrEqualTo(30 * 32);
    }

    @Test
    void textIsCountedAsATokenPerThreeCharacters() {
        assertThat(GeminiProvider.textTokens("a".repeat(300), "b".repeat(300))).isEqualTo(201);
    }
}
