package com.artinsmartrealty.gateway.whatsapp;

import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import java.net.URI;
import java.time.Duration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WhatsApp Cloud API (Meta Graph API) over a reactive HTTP client, with the tenant's access
 * token: sending messages, uploading media, and looking up and downloading received media.
 * Errors come back as {@link GraphApiException}.
 */
@Component
class GraphApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024;

    private final WebClient client;
    private final WebClient downloads;
    private final JsonMapper json;
    private final String base;

    GraphApi(WebClient.Builder web, JsonMapper json, WhatsAppProperties properties) {
        this.client = web.clone().build();
        this.downloads = web.clone().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_DOWNLOAD_BYTES))
                .build();
        this.json = json;
        this.base = properties.apiUrl() + "/" + properties.apiVersion();
    }

    ObjectNode newMessage(String to) {
        ObjectNode message = json.createObjectNode();
        message.put("messaging_product", "whatsapp");
        message.put("recipient_type", "individual");
        message.put("to", to);
        return message;
    }

    /** Sends a message; answers its {@code wamid}. */
    Mono<String> send(WhatsAppSettings settings, ObjectNode message) {
        return client.post()
                .uri(URI.create(base + "/" + settings.phoneNumberId() + "/messages"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.accessToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json.writeValueAsString(message))
                .exchangeToMono(response -> body(response).map(answer -> answer.path("messages").path(0).path("id")
                        .asString("")))
                .timeout(TIMEOUT);
    }

    /** Uploads a file for sending; answers its media id. */
    Mono<String> upload(WhatsAppSettings settings, byte[] content, String mimeType, String fileName) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("messaging_product", "whatsapp");
        parts.part("type", mimeType);
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(MediaType.parseMediaType(mimeType));
        return client.post()
                .uri(URI.create(base + "/" + settings.phoneNumberId() + "/media"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.accessToken())
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchangeToMono(response -> body(response).map(answer -> answer.path("id").asString("")))
                .timeout(TIMEOUT);
    }

    /** Where a received media file can be downloaded for the next few minutes, and what it is. */
    Mono<MediaInfo> mediaInfo(WhatsAppSettings settings, String mediaId) {
        return client.get()
                .uri(URI.create(base + "/" + mediaId + "?phone_number_id=" + settings.phoneNumberId()))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.accessToken())
                .exchangeToMono(this::body)
                .map(answer -> new MediaInfo(answer.path("url").asString(""), answer.path("mime_type").asString(""),
                        parseSize(answer.path("file_size"))))
                .timeout(TIMEOUT);
    }

    /** Downloads a media file from the URL {@link #mediaInfo} gave, up to {@code maxBytes}. */
    Mono<byte[]> download(WhatsAppSettings settings, String url, int maxBytes) {
        return downloads.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(maxBytes)).build().get()
                .uri(URI.create(url))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.accessToken())
                .exchangeToMono(response -> response.statusCode().isError()
                        ? body(response).then(Mono.error(new GraphApiException(response.statusCode().value(), 0,
                        "media download failed")))
                        : response.bodyToMono(byte[].class))
                .timeout(Duration.ofSeconds(60));
    }

    /** The business number's details; fails when the token cannot read the number. */
    Mono<JsonNode> phoneNumber(WhatsAppSettings settings) {
        return client.get()
                .uri(URI.create(base + "/" + settings.phoneNumberId()))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.accessToken())
                .exchangeToMono(this::body)
                .timeout(TIMEOUT);
    }

    private Mono<JsonNode> body(ClientResponse response) {
        int status = response.statusCode().value();
        return response.bodyToMono(String.class).defaultIfEmpty("{}").flatMap(text -> {
            JsonNode answer;
            try {
                answer = json.readTree(text);
            } catch (RuntimeException e) {
                return Mono.error(new GraphApiException(status, 0, "unreadable answer"));
            }
            JsonNode error = answer.path("error");
            if (status >= 400 || !error.isMissingNode()) {
                String detail = error.path("error_data").path("details").asString(error.path("message").asString(""));
                return Mono.error(new GraphApiException(status, error.path("code").asInt(0), detail));
            }
            return Mono.just(answer);
        });
    }

    private static long parseSize(JsonNode size) {
        try {
            return size.isNumber() ? size.asLong() : Long.parseLong(size.asString("0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A received media file's download location.
     *
     * @param sizeBytes the size Meta reports (a string on the wire), or 0
     */
    record MediaInfo(String url, String mimeType, long sizeBytes) {
    }
}
