package com.artinsmartrealty.testkit.whatsapp;

import com.artinsmartrealty.testkit.http.Multipart;
import com.artinsmartrealty.testkit.http.LoopbackHttpServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the WhatsApp Cloud API ({@code graph.facebook.com}) speaking its wire format:
 * <ul>
 *   <li>{@code POST /<version>/<phone-number-id>/messages} answers
 *       {@code {"messaging_product":"whatsapp","contacts":[...],"messages":[{"id":"wamid..."}]}};</li>
 *   <li>{@code POST /<version>/<phone-number-id>/media} (multipart) answers {@code {"id":...}};</li>
 *   <li>{@code GET /<version>/<media-id>} answers the media's URL, MIME type, SHA-256 and size (a
 *       string, as Meta sends it), and the URL serves the bytes;</li>
 *   <li>{@code GET /<version>/<phone-number-id>} answers the number's details.</li>
 * </ul>
 * Every call needs {@code Authorization: Bearer <token>} with the number's registered token (else
 * 401 with error 190). Sends can be made to fail with Meta's error bodies ({@link #failNextSend}).
 */
public final class FakeWhatsAppGraphApi implements AutoCloseable {

    /** Error 131047: more than 24 hours since the customer last wrote. */
    public static final String RE_ENGAGEMENT = error(131047, "Re-engagement message", "OAuthException",
            "Message failed to send because more than 24 hours have passed since the customer last replied to this "
                    + "number.");
    /** Error 130429: the number's throughput is exceeded. */
    public static final String RATE_LIMIT_HIT = error(130429, "Rate limit hit", "OAuthException",
            "Cloud API message throughput has been reached.");
    /** Error 131056: too many messages to the same user. */
    public static final String PAIR_RATE_LIMIT = error(131056,
            "(Business Account, Consumer Account) pair rate limit hit", "OAuthException",
            "Too many messages sent from the sender phone number to the same recipient phone number in a short period "
                    + "of time.");
    /** Error 100: a parameter is wrong. */
    public static final String INVALID_PARAMETER = error(100, "Invalid parameter", "OAuthException",
            "Parameter value is not valid");
    /** Error 131000: something went wrong on Meta's side. */
    public static final String SOMETHING_WENT_WRONG = error(131000, "Something went wrong", "OAuthException",
            "Something went wrong");

    private static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\"([^\"]+)\"");

    private final LoopbackHttpServer server;
    private final ConcurrentLinkedDeque<Call> calls = new ConcurrentLinkedDeque<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<Failure>> failures = new ConcurrentHashMap<>();

    private FakeWhatsAppGraphApi() {
        this.server = LoopbackHttpServer.start("fake-graph-api", this::handle);
    }

    public static FakeWhatsAppGraphApi start() {
        return new FakeWhatsAppGraphApi();
    }

    /** The value for {@code WHATSAPP_API_URL}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Accepts {@code accessToken} for the business number {@code phoneNumberId}. */
    public void registerNumber(String phoneNumberId, String accessToken) {
        tokens.put(phoneNumberId, accessToken);
    }

    /** A received media file the number's token may download. */
    public void addMedia(String mediaId, byte[] content, String mimeType, String phoneNumberId) {
        media.put(mediaId, new Media(content, mimeType, phoneNumberId));
    }

    /** The next send from {@code phoneNumberId} fails with {@code httpStatus} and Meta's {@code errorBody}. */
    public void failNextSend(String phoneNumberId, int httpStatus, String errorBody) {
        failures.computeIfAbsent(phoneNumberId, key -> new ConcurrentLinkedDeque<>())
                .add(new Failure(httpStatus, errorBody));
    }

    /** Meta's error object for {@code code}. */
    public static String error(int code, String message, String type, String details) {
        return "{\"error\":{\"message\":\"(#" + code + ") " + message + "\",\"type\":\"" + type + "\",\"code\":" + code
                + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + details
                + "\"},\"fbtrace_id\":\"A" + UUID.randomUUID().toString().replace("-", "").substring(0, 20) + "\"}}";
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    public List<Call> calls(Predicate<Call> filter) {
        return calls.stream().filter(filter).toList();
    }

    /** Messages sent (accepted or refused) to {@code to}, oldest first. */
    public List<Call> messagesTo(String to) {
        return calls(call -> call.kind().equals("messages") && to.equals(call.to()));
    }

    public void reset() {
        calls.clear();
        failures.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String token = bearer(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[1].equals("media-download")) {
                download(exchange, parts[2], token);
                return;
            }
            if (parts.length < 3) {
                respond(exchange, 404, error(100, "Unknown path", "GraphMethodException", path));
                return;
            }
            String node = parts[2];
            if (method.equals("POST") && parts.length == 4 && parts[3].equals("messages")) {
                send(exchange, node, token, new String(body, StandardCharsets.UTF_8));
            } else if (method.equals("POST") && parts.length == 4 && parts[3].equals("media")) {
                upload(exchange, node, token, contentType, body);
            } else if (method.equals("GET") && parts.length == 3 && media.containsKey(node)) {
                mediaInfo(exchange, node, token);
            } else if (method.equals("GET") && parts.length == 3 && tokens.containsKey(node)) {
                calls.add(new Call("number", node, token, null, "", Map.of(), Instant.now()));
                if (!authorized(node, token)) {
                    respond(exchange, 401, invalidToken());
                    return;
                }
                respond(exchange, 200, "{\"verified_name\":\"Demo Realty\",\"display_phone_number\":\"+971 4 000 0000\","
                        + "\"quality_rating\":\"GREEN\",\"id\":\"" + node + "\"}");
            } else {
                respond(exchange, 400, error(100, "Invalid parameter", "GraphMethodException",
                        "Unsupported request - method type: " + method.toLowerCase()));
            }
        }
    }

    private void send(HttpExchange exchange, String phoneNumberId, String token, String json) throws IOException {
        Matcher to = TO.matcher(json);
        String recipient = to.find() ? to.group(1) : null;
        calls.add(new Call("messages", phoneNumberId, token, recipient, json, Map.of(), Instant.now()));
        if (!authorized(phoneNumberId, token)) {
            respond(exchange, 401, invalidToken());
            return;
        }
        var scripted = failures.get(phoneNumberId);
        Failure failure = scripted == null ? null : scripted.poll();
        if (failure != null) {
            respond(exchange, failure.status(), failure.body());
            return;
        }
        String wamid = "wamid.HBgM" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        respond(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + recipient
                + "\",\"wa_id\":\"" + recipient + "\"}],\"messages\":[{\"id\":\"" + wamid + "\"}]}");
    }

    private void upload(HttpExchange exchange, String phoneNumberId, String token, String contentType, byte[] body)
            throws IOException {
        Map<String, Multipart.Part> form = new LinkedHashMap<>();
        if (Multipart.is(contentType)) {
            Multipart.parse(contentType, body).forEach(part -> form.put(part.name(), part));
        }
        calls.add(new Call("media", phoneNumberId, token, null, "", form, Instant.now()));
        if (!authorized(phoneNumberId, token)) {
            respond(exchange, 401, invalidToken());
            return;
        }
        Multipart.Part file = form.get("file");
        if (file == null || form.get("messaging_product") == null) {
            respond(exchange, 400, error(100, "Invalid parameter", "OAuthException", "file is required"));
            return;
        }
        String id = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        media.put(id, new Media(file.content(), file.contentType(), phoneNumberId));
        respond(exchange, 200, "{\"id\":\"" + id + "\"}");
    }

    private void mediaInfo(HttpExchange exchange, String mediaId, String token) throws IOException {
        Media file = media.get(mediaId);
        calls.add(new Call("media-info", mediaId, token, null, "", Map.of(), Instant.now()));
        if (!authorized(file.phoneNumberId(), token)) {
            respond(exchange, 401, invalidToken());
            return;
        }
        respond(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"url\":\"" + baseUrl() + "/media-download/"
                + mediaId + "\",\"mime_type\":\"" + file.mimeType() + "\",\"sha256\":\"" + sha256(file.content())
                + "\",\"file_size\":\"" + file.content().length + "\",\"id\":\"" + mediaId + "\"}");
    }

    private void download(HttpExchange exchange, String mediaId, String token) throws IOException {
        Media file = media.get(mediaId);
        calls.add(new Call("media-download", mediaId, token, null, "", Map.of(), Instant.now()));
        if (file == null) {
            respond(exchange, 404, error(100, "Invalid parameter", "OAuthException", "unknown media"));
            return;
        }
        if (!authorized(file.phoneNumberId(), token)) {
            respond(exchange, 401, invalidToken());
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", file.mimeType());
        exchange.sendResponseHeaders(200, file.content().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(file.content());
        }
    }

    private boolean authorized(String phoneNumberId, String token) {
        return token != null && token.equals(tokens.get(phoneNumberId));
    }

    private static String invalidToken() {
        return "{\"error\":{\"message\":\"Invalid OAuth access token - Cannot parse access token\",\"type\":"
                + "\"OAuthException\",\"code\":190,\"fbtrace_id\":\"AbCdEfGh\"}}";
    }

    private static String bearer(String header) {
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * One request the fake received.
     *
     * @param kind    {@code messages}, {@code media}, {@code media-info}, {@code media-download} or {@code number}
     * @param node    the phone number id or media id in the path
     * @param to      the recipient of a message, or null
     * @param body    the JSON body of a message, or empty
     * @param form    the multipart fields of an upload
     */
    public record Call(String kind, String node, String token, String to, String body,
                       Map<String, Multipart.Part> form, Instant at) {
    }

    private record Media(byte[] content, String mimeType, String phoneNumberId) {
    }

    private record Failure(int status, String body) {
    }
}
