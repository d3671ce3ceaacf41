package com.artinsmartrealty.gateway.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {

    @Test
    void aShortTextIsOnePiece() {
        assertThat(TextChunks.split("hello", 4096)).containsExactly("hello");
        assertThat(TextChunks.split("", 4096)).isEmpty();
        assertThat(TextChunks.split(null, 4096)).isEmpty();
    }

    @Test
    void aLongTextIsSplitAtParagraphsThenLinesThenWords() {
        String paragraph = "word ".repeat(30).strip();
        List<String> chunks = TextChunks.split(paragraph + "\n\n" + paragraph, 200);

        assertThat(chunks).containsExactly(paragraph, paragraph);
        assertThat(TextChunks.split("aaaa bbbb cccc dddd", 10)).containsExactly("aaaa bbbb", "cccc dddd");
    }

    @Test
    void noPieceIsLongerThanTheLimitAndNothingIsLost() {
        String text = "سلام ".repeat(2000);
        List<String> chunks = TextChunks.split(text, 4096);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", chunks).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String emoji = "🏠".repeat(10);
        List<String> chunks = TextChunks.split(emoji, 5);

        assertThat(String.join("", chunks)).isEqualTo(emoji);
        assertThat(chunks).allSatisfy(chunk -> assertThat(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1)))
                .isFalse());
    }
}
