package com.artinsmartrealty.testkit.gemini;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One {@code generateContent} request as {@link FakeGeminiApi} received it.
 *
 * @param apiVersion the path's version segment, e.g. {@code v1beta}
 * @param model      the model named in the path, e.g. {@code gemini-2.5-flash}
 * @param apiKey     the {@code x-goog-api-key} header, or null
 * @param body       the JSON body
 */
public record GeminiRequest(String apiVersion, String model, String apiKey, JsonNode body, Instant receivedAt) {

    /** The text of {@code systemInstruction}, parts joined by new lines, or an empty string. */
    public String systemInstruction() {
        List<String> texts = new ArrayList<>();
        body.path("systemInstruction").path("parts").forEach(part -> {
            if (part.has("text")) {
                texts.add(part.get("text").asString());
            }
        });
        return String.join("\n", texts);
    }

    /** Every part of every content in {@code contents}, in order. */
    public List<JsonNode> parts() {
        List<JsonNode> parts = new ArrayList<>();
        body.path("contents").forEach(content -> content.path("parts").forEach(parts::add));
        return parts;
    }

    /** The texts of the {@code contents} parts, in order. */
    public List<String> texts() {
        return parts().stream().filter(part -> part.has("text")).map(part -> part.get("text").asString()).toList();
    }

    /** The {@code inlineData} parts of {@code contents}. */
    public List<InlineData> inlineData() {
        return parts().stream().filter(part -> part.has("inlineData"))
                .map(part -> new InlineData(part.get("inlineData").path("mimeType").asString(""),
                        Base64.getDecoder().decode(part.get("inlineData").path("data").asString(""))))
                .toList();
    }

    public JsonNode generationConfig() {
        return body.path("generationConfig");
    }

    /** {@code generationConfig.responseSchema}, or a missing node. */
    public JsonNode responseSchema() {
        return generationConfig().path("responseSchema");
    }

    /** Media sent inline with a request. */
    public record InlineData(String mimeType, byte[] data) {
    }
}
