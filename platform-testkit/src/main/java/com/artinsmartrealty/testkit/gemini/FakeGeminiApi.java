package com.artinsmartrealty.testkit.gemini;

import com.artinsmartrealty.testkit.http.LoopbackHttpServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for the Gemini API ({@code generativelanguage.googleapis.com}) speaking its
 * {@code generateContent} wire format: {@code POST /<version>/models/<model>:generateContent} with the
 * key in {@code x-goog-api-key}, {@code contents} of text and {@code inlineData} parts,
 * {@code systemInstruction} and {@code generationConfig}; answers with {@code candidates},
 * {@code usageMetadata} and {@code modelVersion}, {@code promptFeedback} for blocked prompts, and
 * {@code {"error":{...}}} bodies with their HTTP status.
 *
 * <p>Tests script the answers ({@link #enqueue}) or give a default responder; a request the real API
 * would refuse (no {@code contents}, a {@code responseSchema} without a JSON mime type, inline data that
 * is not base64, a wrong key) gets the real API's {@code 400}/{@code 403}. Every request is recorded.
 */
public final class FakeGeminiApi implements AutoCloseable {

    private static final Pattern PATH = Pattern.compile("^/([^/]+)/models/([^/:]+):([A-Za-z]+)$");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The audio token rate the API documents: 32 tokens per second of audio; 2 kB per second of Opus voice. */
    private static final int AUDIO_BYTES_PER_TOKEN = 64;
    private static final int IMAGE_TOKENS = 258;

    private final LoopbackHttpServer server;
    private final ConcurrentLinkedDeque<GeminiRequest> requests = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<GeminiReply> scripted = new ConcurrentLinkedDeque<>();
    private volatile Function<GeminiRequest, GeminiReply> responder =
            request -> GeminiReply.internalError();
    private volatile String apiKey;

    private FakeGeminiApi() {
        this.server = LoopbackHttpServer.start("fake-gemini", this::handle);
    }

    public static FakeGeminiApi start() {
        return new FakeGeminiApi();
    }

    /** The value for {@code GEMINI_API_URL}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Only this key is accepted from now on; any other gets the API's {@code 400 API_KEY_INVALID}. */
    public FakeGeminiApi requireApiKey(String key) {
        this.apiKey = key;
        return this;
    }

    /** Answers the next calls with these replies, in order, before the default responder is used again. */
    public FakeGeminiApi enqueue(GeminiReply... replies) {
        scripted.addAll(List.of(replies));
        return this;
    }

    /** Answers every call no scripted reply is left for. Until set, such calls get {@code 500 INTERNAL}. */
    public FakeGeminiApi respondByDefault(Function<GeminiRequest, GeminiReply> responder) {
        this.responder = responder;
        return this;
    }

    /** Every request so far, oldest first. */
    public List<GeminiRequest> requests() {
        return new ArrayList<>(requests);
    }

    public List<GeminiRequest> requests(Predicate<GeminiRequest> filter) {
        return requests.stream().filter(filter).toList();
    }

    /** Forgets requests, scripted replies and the default responder. */
    public void reset() {
        requests.clear();
        scripted.clear();
        responder = request -> GeminiReply.internalError();
        apiKey = null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches() || !"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 404, errorBody(404, "NOT_FOUND", "Requested entity was not found."));
                return;
            }
            if (!"generateContent".equals(path.group(3))) {
                respond(exchange, 400, errorBody(400, "INVALID_ARGUMENT",
                        "Method " + path.group(3) + " is not supported by this fake."));
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("x-goog-api-key");
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body;
            try {
                body = JSON.readTree(bytes);
            } catch (JacksonException e) {
                respond(exchange, 400, errorBody(400, "INVALID_ARGUMENT", "Invalid JSON payload received."));
                return;
            }
            GeminiRequest request = new GeminiRequest(path.group(1), path.group(2), key, body, Instant.now());
            requests.add(request);
            if (key == null || key.isBlank()) {
                respond(exchange, 403, errorBody(403, "PERMISSION_DENIED",
                        "Method doesn't allow unregistered callers (callers without established identity)."));
                return;
            }
            if (apiKey != null && !apiKey.equals(key)) {
                respond(exchange, 400, errorBody(400, "INVALID_ARGUMENT",
                        "API key not valid. Please pass a valid API key."));
                return;
            }
            String invalid = invalidRequest(body);
            if (invalid != null) {
                respond(exchange, 400, errorBody(400, "INVALID_ARGUMENT", invalid));
                return;
            }
            GeminiReply reply = scripted.poll();
            if (reply == null) {
                reply = responder.apply(request);
            }
            if (!reply.delay.isZero()) {
                try {
                    Thread.sleep(reply.delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            respond(exchange, reply.status, answer(request, reply));
        }
    }

    /** The checks the real API makes that a client bug would trip, with its messages. */
    private static String invalidRequest(JsonNode body) {
        JsonNode contents = body.path("contents");
        if (!contents.isArray() || contents.isEmpty()) {
            return "* GenerateContentRequest.contents: contents is not specified";
        }
        for (JsonNode content : contents) {
            JsonNode parts = content.path("parts");
            if (!parts.isArray() || parts.isEmpty()) {
                return "* GenerateContentRequest.contents.parts: contents.parts must not be empty.";
            }
            for (JsonNode part : parts) {
                if (part.has("inlineData")) {
                    JsonNode inline = part.get("inlineData");
                    if (inline.path("mimeType").asString("").isBlank()) {
                        return "* GenerateContentRequest.contents.parts.inline_data.mime_type: mime_type is required";
                    }
                    try {
                        Base64.getDecoder().decode(inline.path("data").asString(""));
                    } catch (IllegalArgumentException e) {
                        return "Invalid value at 'contents.parts.inline_data.data' (TYPE_BYTES), Base64 decoding failed";
                    }
                }
            }
        }
        JsonNode config = body.path("generationConfig");
        if (config.has("responseSchema")
                && !"application/json".equals(config.path("responseMimeType").asString(""))) {
            return "* GenerateContentRequest.generation_config.response_schema: response_mime_type must be "
                    + "application/json for response_schema.";
        }
        return null;
    }

    private String answer(GeminiRequest request, GeminiReply reply) {
        if (reply.kind == GeminiReply.Kind.ERROR) {
            return errorBody(reply.status, reply.errorStatus, reply.errorMessage);
        }
        ObjectNode root = JSON.createObjectNode();
        int prompt = reply.promptTokens(request, FakeGeminiApi::estimatePromptTokens);
        int output = reply.outputTokens();
        switch (reply.kind) {
            case TEXT -> {
                ObjectNode candidate = root.putArray("candidates").addObject();
                ObjectNode content = candidate.putObject("content");
                content.putArray("parts").addObject().put("text", reply.text);
                content.put("role", "model");
                candidate.put("finishReason", reply.finishReason);
                candidate.put("index", 0);
            }
            case PROMPT_BLOCKED -> {
                ObjectNode feedback = root.putObject("promptFeedback");
                feedback.put("blockReason", reply.finishReason);
                safetyRatings(feedback.putArray("safetyRatings"));
                output = 0;
            }
            case SAFETY_STOP -> {
                ObjectNode candidate = root.putArray("candidates").addObject();
                candidate.put("finishReason", "SAFETY");
                candidate.put("index", 0);
                safetyRatings(candidate.putArray("safetyRatings"));
                output = 0;
            }
            case ERROR -> throw new IllegalStateException("handled above");
        }
        ObjectNode usage = root.putObject("usageMetadata");
        usage.put("promptTokenCount", prompt);
        if (output > 0) {
            usage.put("candidatesTokenCount", output);
        }
        usage.put("totalTokenCount", prompt + output);
        usage.putArray("promptTokensDetails").addObject().put("modality", "TEXT").put("tokenCount", prompt);
        root.put("modelVersion", request.model());
        root.put("responseId", UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        return JSON.writeValueAsString(root);
    }

    private static void safetyRatings(ArrayNode ratings) {
        ratings.addObject().put("category", "HARM_CATEGORY_DANGEROUS_CONTENT").put("probability", "HIGH")
                .put("blocked", true);
        ratings.addObject().put("category", "HARM_CATEGORY_HARASSMENT").put("probability", "NEGLIGIBLE");
    }

    /** Roughly what the API counts: 4 characters of text a token, 258 a picture, 32 a second of audio. */
    private static int estimatePromptTokens(GeminiRequest request) {
        int tokens = request.systemInstruction().length() / 4;
        for (String text : request.texts()) {
            tokens += Math.max(1, text.length() / 4);
        }
        for (GeminiRequest.InlineData inline : request.inlineData()) {
            tokens += inline.mimeType().startsWith("image/") ? IMAGE_TOKENS
                    : Math.max(1, inline.data().length / AUDIO_BYTES_PER_TOKEN);
        }
        return Math.max(1, tokens);
    }

    private static String errorBody(int code, String status, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("code", code).put("message", message).put("status", status);
        return JSON.writeValueAsString(root);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
