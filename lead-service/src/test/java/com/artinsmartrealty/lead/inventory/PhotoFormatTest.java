package com.artinsmartrealty.lead.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhotoFormatTest {

    @Test
    void photosAreToldApartByTheirFirstBytes() {
        assertThat(PhotoFormat.of(TestPhotos.jpeg(1))).contains(PhotoFormat.JPEG);
        assertThat(PhotoFormat.of(TestPhotos.png(1))).contains(PhotoFormat.PNG);
        assertThat(PhotoFormat.of(TestPhotos.webp(1))).contains(PhotoFormat.WEBP);
    }

    @Test
    void anythingElseIsNoPhoto() {
        assertThat(PhotoFormat.of(new byte[0])).isEmpty();
        assertThat(PhotoFormat.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(PhotoFormat.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PhotoFormat.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(PhotoFormat.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        // A RIFF file that is not WebP (a WAVE sound).
        assertThat(PhotoFormat.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void declaredTypesAreReadWithoutParametersOrCase() {
        assertThat(PhotoFormat.ofMediaType("image/JPEG")).contains(PhotoFormat.JPEG);
        assertThat(PhotoFormat.ofMediaType("image/webp; q=1")).contains(PhotoFormat.WEBP);
        assertThat(PhotoFormat.ofMediaType("image/gif")).isEmpty();
        assertThat(PhotoFormat.ofMediaType("application/octet-stream")).isEmpty();
        assertThat(PhotoFormat.ofMediaType(null)).isEmpty();
    }
}
