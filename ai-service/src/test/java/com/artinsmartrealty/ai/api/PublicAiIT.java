package com.artinsmartrealty.ai.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.support.AiServiceIT;
import com.artinsmartrealty.ai.support.Listings;
import com.artinsmartrealty.ai.support.TestTokens;
import com.artinsmartrealty.ai.vision.ListingPhotos;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.api.ai.MediaStatus;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.platform.demo.DemoAgency;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/** The dashboard's AI endpoints: JSON for text, multipart uploads for voice notes and photos, and their limits. */
class PublicAiIT extends AiServiceIT {

    private static final UUID TENANT = DemoAgency.TENANT_ID;
    private static final byte[] OGG = ogg(2_000);

    @Test
    void agentsUnderstandTextButServicesUseTheInternalApi() {
        UnderstandResponse response = as(TestTokens.agent(TENANT)).post().uri("/api/ai/understand")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new UnderstandRequest("Can I speak to an agent please?", null, null))
                .exchange()
                .expectStatus().isOk()
                .expectBody(UnderstandResponse.class).returnResult().getResponseBody();
        assertThat(response.intent()).isEqualTo(Intent.HUMAN_REQUEST);

        as(TestTokens.service(TENANT)).post().uri("/api/ai/understand").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new UnderstandRequest("hello", null, null)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anUploadedVoiceNoteIsUnavailableOfflineWithTheFallbackInTheChosenLanguage() {
        TranscribeResponse response = upload("/api/ai/transcribe", file(OGG, "audio/ogg", "note.ogg"), "ru")
                .expectStatus().isOk()
                .expectBody(TranscribeResponse.class).returnResult().getResponseBody();

        assertThat(response.status()).isEqualTo(MediaStatus.UNAVAILABLE);
        assertThat(response.fallbackText()).isEqualTo(Texts.instance().get(Language.RU, Text.VOICE_UNAVAILABLE));
    }

    @Test
    void anUploadedPhotoOfAListingIsRecognised() {
        byte[] forwarded = ListingPhotos.forwarded(Listings.PHOTO_SEEDS.get(Listings.JVC)[0]);

        VisionResponse response = upload("/api/ai/vision", file(forwarded, "image/jpeg", "photo.jpg"), "en")
                .expectStatus().isOk()
                .expectBody(VisionResponse.class).returnResult().getResponseBody();

        assertThat(response.status()).isEqualTo(MediaStatus.OK);
        assertThat(response.matches().getFirst().listingId()).isEqualTo(Listings.JVC);
        assertThat(response.attributes().description()).startsWith("Studio next to Circle Mall");
    }

    @Test
    void aVoiceNoteOverTwentyMegabytesIsTooLarge() {
        unpooled(TestTokens.agent(TENANT)).post().uri("/api/ai/transcribe")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(file(ogg(20 * 1024 * 1024 + 1), "audio/ogg", "long.ogg").build()))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aPhotoOverTenMegabytesStreamedWithoutALengthIsTooLarge() {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        byte[] chunk = new byte[1024 * 1024];
        chunk[0] = (byte) 0xff;
        chunk[1] = (byte) 0xd8;
        chunk[2] = (byte) 0xff;
        Flux<DataBuffer> content = Flux.range(0, 12).map(i -> buffers.wrap(chunk.clone()));
        body.asyncPart("file", content, DataBuffer.class).filename("big.jpg").contentType(MediaType.IMAGE_JPEG);

        unpooled(TestTokens.agent(TENANT)).post().uri("/api/ai/vision")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aFileOfAnotherTypeIsUnsupported() {
        upload("/api/ai/transcribe", file("just text".getBytes(StandardCharsets.UTF_8), "text/plain", "a.txt"), null)
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        upload("/api/ai/vision", file(OGG, "image/png", "fake.png"), null)
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.detail").isEqualTo("the file is not image/png");
        as(TestTokens.agent(TENANT)).post().uri("/api/ai/vision").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"file\": \"x\"}").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUploadWithoutAFileIsABadRequest() {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("language", "en");
        as(TestTokens.agent(TENANT)).post().uri("/api/ai/transcribe")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        upload("/api/ai/transcribe", file(new byte[0], "audio/ogg", "empty.ogg"), null)
                .expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec upload(String path, MultipartBodyBuilder body, String language) {
        if (language != null) {
            body.part("language", language);
        }
        return as(TestTokens.agent(TENANT)).post().uri(path)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    private static MultipartBodyBuilder file(byte[] bytes, String contentType, String name) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }).contentType(MediaType.parseMediaType(contentType));
        return body;
    }

    private WebTestClient as(String token) {
        return client().mutate().defaultHeader("Authorization", "Bearer " + token).build();
    }

    /** For uploads refused before they are read whole: the server closes their connection. */
    private WebTestClient unpooled(String token) {
        return unpooledClient().mutate().defaultHeader("Authorization", "Bearer " + token).build();
    }

    /** Bytes that start like an OGG file. */
    private static byte[] ogg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        System.arraycopy("OggS".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        return bytes;
    }
}
