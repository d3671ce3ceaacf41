package com.artinsmartrealty.ai.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PerceptualHashTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void aPhotoResizedAndRecompressedAsJpegKeepsItsHash(long seed) {
        BufferedImage listing = ListingPhotos.room(seed, 1600, 1067);
        long original = hash(ListingPhotos.jpeg(listing, 0.92f));

        long forwarded = hash(ListingPhotos.jpeg(ListingPhotos.resized(listing, 720), 0.55f));
        long thumbnail = hash(ListingPhotos.jpeg(ListingPhotos.resized(listing, 320), 0.4f));
        long png = hash(ListingPhotos.png(ListingPhotos.resized(listing, 1280)));

        assertThat(PerceptualHash.distance(original, forwarded)).isLessThanOrEqualTo(PerceptualHash.SAME_PHOTO_DISTANCE);
        assertThat(PerceptualHash.distance(original, thumbnail)).isLessThanOrEqualTo(PerceptualHash.SAME_PHOTO_DISTANCE);
        assertThat(PerceptualHash.distance(original, png)).isLessThanOrEqualTo(PerceptualHash.SAME_PHOTO_DISTANCE);
    }

    @Test
    void differentRoomsAreFarApart() {
        long[] hashes = new long[12];
        for (int seed = 0; seed < hashes.length; seed++) {
            hashes[seed] = hash(ListingPhotos.jpeg(ListingPhotos.room(100 + seed, 800, 533), 0.9f));
        }
        for (int a = 0; a < hashes.length; a++) {
            for (int b = a + 1; b < hashes.length; b++) {
                assertThat(PerceptualHash.distance(hashes[a], hashes[b])).as("rooms %d and %d", a, b)
                        .isGreaterThan(PerceptualHash.SAME_PHOTO_DISTANCE);
            }
        }
    }

    @Test
    void bytesThatAreNoPictureDecodeToNothing() {
        assertThat(PerceptualHash.decode("not a picture".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PerceptualHash.decode(new byte[0])).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(ListingPhotos.original(7), 40);
        assertThat(PerceptualHash.decode(truncated)).isEmpty();
    }

    @Test
    void similarityFallsWithDistance() {
        assertThat(PerceptualHash.similarity(0)).isEqualTo(1.0);
        assertThat(PerceptualHash.similarity(8)).isEqualTo(0.75);
        assertThat(PerceptualHash.similarity(40)).isZero();
    }

    private static long hash(byte[] file) {
        return PerceptualHash.of(PerceptualHash.decode(file).orElseThrow());
    }
}
