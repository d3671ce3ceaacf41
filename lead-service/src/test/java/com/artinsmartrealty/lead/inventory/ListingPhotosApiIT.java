package com.artinsmartrealty.lead.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.lead.LeadServiceIT;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Photos stored with listings: added by admins as raw bytes, read by the dashboard, removed. */
class ListingPhotosApiIT extends LeadServiceIT {

    private static final MediaType JPEG = MediaType.IMAGE_JPEG;
    private static final MediaType PNG = MediaType.IMAGE_PNG;
    private static final MediaType WEBP = MediaType.parseMediaType("image/webp");

    @Test
    void anAdminAddsPhotosThatTheListingShowsAfterItsUrlsAndRemovesThem() {
        UUID tenant = UUID.randomUUID();
        String admin = adminToken(tenant);
        String id = createListing(admin, "PH-1");
        byte[] jpeg = TestPhotos.jpeg(1);
        byte[] png = TestPhotos.png(2);

        JsonNode first = upload(admin, id, JPEG, jpeg).expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/properties/" + id + "/photos/[0-9a-f-]{36}")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String firstPath = first.get("path").asString();
        assertThat(first.get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(first.get("size").asInt()).isEqualTo(jpeg.length);
        assertThat(first.get("sha256").asString()).isEqualTo(ListingPhotos.sha256(jpeg));
        String secondPath = path(upload(admin, id, PNG, png).expectStatus().isCreated());
        String thirdPath = path(upload(admin, id, WEBP, TestPhotos.webp(3)).expectStatus().isCreated());

        assertThat(photos(admin, id)).containsExactly("https://img.example/PH-1.jpg", firstPath, secondPath, thirdPath);

        // Agents read them, with the type and for-good caching; a current copy is not sent again.
        String agent = agentToken(tenant, UUID.randomUUID());
        byte[] served = client().get().uri(firstPath).header("Authorization", "Bearer " + agent).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(JPEG)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"" + ListingPhotos.sha256(jpeg) + "\"")
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value)
                        .contains("private", "immutable", "max-age=31536000"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(jpeg);
        client().get().uri(secondPath).header("Authorization", "Bearer " + agent)
                .header(HttpHeaders.IF_NONE_MATCH, "\"" + ListingPhotos.sha256(png) + "\"").exchange()
                .expectStatus().isNotModified();

        // The same bytes again are the photo already stored.
        assertThat(path(upload(admin, id, JPEG, jpeg).expectStatus().isOk())).isEqualTo(firstPath);

        // A listing sent back as read keeps its stored photos once; without them it keeps them too.
        JsonNode read = listing(admin, id);
        Map<String, Object> replaced = asMap(read);
        replaced.put("price", 1_700_000);
        client().put().uri("/api/properties/" + id).header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(replaced).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.photos.length()").isEqualTo(4);
        replaced.put("photos", List.of());
        client().put().uri("/api/properties/" + id).header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(replaced).exchange()
                .expectStatus().isOk();
        assertThat(photos(admin, id)).containsExactly(firstPath, secondPath, thirdPath);
        // Another listing's photo path is not a URL it may carry.
        replaced.put("photos", List.of(firstPath.replace(id, UUID.randomUUID().toString())));
        client().put().uri("/api/properties/" + id).header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(replaced).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        client().delete().uri(secondPath).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isNoContent();
        client().get().uri(secondPath).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().delete().uri(secondPath).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isNotFound();
        assertThat(photos(admin, id)).containsExactly(firstPath, thirdPath);

        // Deleting the listing deletes its photos.
        client().delete().uri("/api/properties/" + id).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isNoContent();
        client().get().uri(firstPath).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aPhotoIsCheckedByItsBytesNotOnlyByWhatItClaimsToBe() {
        String admin = adminToken(UUID.randomUUID());
        String id = createListing(admin, "PH-2");

        problem(upload(admin, id, MediaType.IMAGE_GIF, "GIF89a".getBytes()), 415);
        problem(upload(admin, id, MediaType.APPLICATION_OCTET_STREAM, TestPhotos.jpeg(1)), 415);
        problem(upload(admin, id, PNG, TestPhotos.jpeg(1)), 422)
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("image/jpeg"));
        problem(upload(admin, id, JPEG, "<html><script>alert(1)</script></html>".getBytes()), 422);
        problem(upload(admin, id, WEBP, new byte[0]), 422);

        byte[] tooLarge = new byte[ListingPhotos.MAX_BYTES + 1];
        System.arraycopy(TestPhotos.jpeg(1), 0, tooLarge, 0, 3);
        problem(upload(admin, id, JPEG, tooLarge), 413);

        assertThat(photos(admin, id)).containsExactly("https://img.example/PH-2.jpg");
    }

    @Test
    void aListingKeepsAtMostThirtyPhotos() {
        String admin = adminToken(UUID.randomUUID());
        String id = createListing(admin, "PH-3");
        for (int seed = 0; seed < ListingPhotos.MAX_PER_LISTING; seed++) {
            upload(admin, id, PNG, TestPhotos.png(seed)).expectStatus().isCreated();
        }

        problem(upload(admin, id, PNG, TestPhotos.png(99)), 409);
        assertThat(photos(admin, id)).hasSize(ListingPhotos.MAX_PER_LISTING + 1);
    }

    @Test
    void onlyTheTenantsAdminsChangePhotosAndOnlyItsUsersReadThem() {
        UUID tenant = UUID.randomUUID();
        String admin = adminToken(tenant);
        String id = createListing(admin, "PH-4");
        String photo = path(upload(admin, id, JPEG, TestPhotos.jpeg(4)).expectStatus().isCreated());
        String agent = agentToken(tenant, UUID.randomUUID());

        upload(agent, id, JPEG, TestPhotos.jpeg(5)).expectStatus().isForbidden();
        client().delete().uri(photo).header("Authorization", "Bearer " + agent).exchange()
                .expectStatus().isForbidden();
        client().post().uri("/api/properties/" + id + "/photos").contentType(JPEG).bodyValue(TestPhotos.jpeg(5))
                .exchange().expectStatus().isUnauthorized();
        client().get().uri(photo).exchange().expectStatus().isUnauthorized();
        client().get().uri(photo).header("Authorization", "Bearer " + serviceToken(tenant)).exchange()
                .expectStatus().isForbidden();

        String stranger = adminToken(UUID.randomUUID());
        client().get().uri(photo).header("Authorization", "Bearer " + stranger).exchange()
                .expectStatus().isNotFound();
        upload(stranger, id, JPEG, TestPhotos.jpeg(6)).expectStatus().isNotFound();
        client().delete().uri(photo).header("Authorization", "Bearer " + stranger).exchange()
                .expectStatus().isNotFound();
        upload(admin, UUID.randomUUID().toString(), JPEG, TestPhotos.jpeg(7)).expectStatus().isNotFound();

        client().get().uri(photo).header("Authorization", "Bearer " + agent).exchange().expectStatus().isOk();
    }

    private String createListing(String token, String reference) {
        Map<String, Object> listing = Map.of("reference", reference, "type", "apartment", "transaction", "buy",
                "price", 1_650_000, "currency", "AED", "bedrooms", 2, "community", "Dubai Marina",
                "titles", Map.of("en", "Marina view 2-bed"), "photos", List.of("https://img.example/" + reference + ".jpg"));
        return client().post().uri("/api/properties").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(listing).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private WebTestClient.ResponseSpec upload(String token, String listingId, MediaType type, byte[] bytes) {
        return client().post().uri("/api/properties/" + listingId + "/photos")
                .header("Authorization", "Bearer " + token).contentType(type).bodyValue(bytes).exchange();
    }

    private static String path(WebTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody().get("path").asString();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
    }

    private JsonNode listing(String token, String id) {
        return client().get().uri("/api/properties/" + id).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<String> photos(String token, String id) {
        List<String> photos = new ArrayList<>();
        listing(token, id).get("photos").forEach(photo -> photos.add(photo.asString()));
        return photos;
    }

    private static Map<String, Object> asMap(JsonNode listing) {
        Map<String, Object> map = new HashMap<>();
        for (String field : Arrays.asList("reference", "type", "transaction", "price", "currency", "bedrooms",
                "community")) {
            map.put(field, listing.get(field).isNumber() ? listing.get(field).asLong() : listing.get(field).asString());
        }
        map.put("titles", Map.of("en", listing.get("titles").get("en").asString()));
        List<String> photos = new ArrayList<>();
        listing.get("photos").forEach(photo -> photos.add(photo.asString()));
        map.put("photos", photos);
        return map;
    }
}
