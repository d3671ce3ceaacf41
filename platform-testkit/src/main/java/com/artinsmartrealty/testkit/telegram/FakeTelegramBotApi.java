package com.artinsmartrealty.testkit.telegram;

import com.artinsmartrealty.testkit.http.Multipart;
import com.artinsmartrealty.testkit.http.LoopbackHttpServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for {@code api.telegram.org} speaking the Bot API wire format: requests to
 * {@code /bot<token>/<method>} with form, JSON or multipart parameters, answers
 * {@code {"ok":true,"result":...}}; files at {@code /file/bot<token>/<file_path>}.
 *
 * <p>It records every call (uploads included), serves files registered with {@link #addFile} through
 * {@code getFile} (optionally without {@code file_path} a few times, as Telegram sometimes answers),
 * long-polls updates queued with {@link #queueUpdate} through {@code getUpdates}, and fails methods on
 * demand with the Bot API's error bodies ({@link #failNext}, {@link #tooManyRequests},
 * {@link #BLOCKED_BY_USER}, ...).
 */
public final class FakeTelegramBotApi implements AutoCloseable {

    /** What Telegram answers when the user blocked the bot. */
    public static final String BLOCKED_BY_USER =
            "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}";
    /** What Telegram answers for callback data over 64 bytes. */
    public static final String BUTTON_DATA_INVALID =
            "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: BUTTON_DATA_INVALID\"}";
    /** What Telegram answers for an unknown chat. */
    public static final String CHAT_NOT_FOUND =
            "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}";
    /** What Telegram answers for a revoked or wrong bot token. */
    public static final String UNAUTHORIZED = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}";
    /** A server-side failure. */
    public static final String INTERNAL_ERROR =
            "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}";
    /** A callback answered too late. */
    public static final String QUERY_TOO_OLD = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
            + "query is too old and response timeout expired or query ID is invalid\"}";

    private static final Pattern UPDATE_ID = Pattern.compile("\"update_id\"\\s*:\\s*(\\d+)");

    private final LoopbackHttpServer server;
    private final ConcurrentLinkedDeque<Call> calls = new ConcurrentLinkedDeque<>();
    private final Map<String, ConcurrentLinkedDeque<String>> scriptedFailures = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<String>> updates = new ConcurrentHashMap<>();
    private final Map<String, String> invalidTokens = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);
    private final Object updatesArrived = new Object();

    private FakeTelegramBotApi() {
        this.server = LoopbackHttpServer.start("fake-telegram", this::handle);
    }

    public static FakeTelegramBotApi start() {
        return new FakeTelegramBotApi();
    }

    /** The value for {@code TELEGRAM_API_URL}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Every call so far, oldest first. */
    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    public List<Call> calls(Predicate<Call> filter) {
        return calls.stream().filter(filter).toList();
    }

    /**
     * Makes the next call of {@code method} fail with a Bot API error body, e.g.
     * {@code {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}}.
     */
    public void failNext(String method, String errorBody) {
        scriptedFailures.computeIfAbsent(method, key -> new ConcurrentLinkedDeque<>()).add(errorBody);
    }

    /** Makes the next call of {@code method} for {@code chatId} fail; other chats are not affected. */
    public void failNextFor(String method, String chatId, String errorBody) {
        failNext(method + "@" + chatId, errorBody);
    }

    /** The 429 body Telegram sends, asking to wait {@code seconds}. */
    public static String tooManyRequests(int seconds) {
        return "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + seconds
                + "\",\"parameters\":{\"retry_after\":" + seconds + "}}";
    }

    /** Every call with this token answers 401, as for a revoked token. */
    public void rejectToken(String token) {
        invalidTokens.put(token, token);
    }

    /**
     * A file the bot may fetch: {@code getFile(fileId)} answers its path, and the file endpoint its
     * bytes. The first {@code answersWithoutPath} {@code getFile} calls leave {@code file_path} out.
     */
    public void addFile(String fileId, byte[] content, String filePath, int answersWithoutPath) {
        files.put(fileId, new StoredFile(content, filePath, new AtomicInteger(answersWithoutPath)));
    }

    /** Queues an update (Bot API JSON) for {@code getUpdates} of the bot with {@code token}. */
    public void queueUpdate(String token, String updateJson) {
        updates.computeIfAbsent(token, key -> new ConcurrentLinkedDeque<>()).add(updateJson);
        synchronized (updatesArrived) {
            updatesArrived.notifyAll();
        }
    }

    /** Updates queued for the bot that no {@code getUpdates} offset has confirmed yet. */
    public int pendingUpdates(String token) {
        var queue = updates.get(token);
        return queue == null ? 0 : queue.size();
    }

    public void reset() {
        calls.clear();
        scriptedFailures.clear();
        updates.clear();
        invalidTokens.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/file/bot")) {
                serveFile(exchange, path);
                return;
            }
            String[] parts = path.split("/");
            if (parts.length < 3 || !parts[1].startsWith("bot")) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String token = parts[1].substring(3);
            String method = parts[2];
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> parameters = new LinkedHashMap<>();
            Map<String, Upload> uploads = new LinkedHashMap<>();
            read(contentType, body, parameters, uploads);
            calls.add(new Call(token, method, parameters, uploads, Instant.now()));
            if (invalidTokens.containsKey(token)) {
                respond(exchange, 401, UNAUTHORIZED);
                return;
            }
            String failure = scripted(method + "@" + parameters.getOrDefault("chat_id", ""));
            if (failure == null) {
                failure = scripted(method);
            }
            if (failure != null) {
                respond(exchange, statusOf(failure), failure);
                return;
            }
            if (method.equals("getUpdates")) {
                respond(exchange, 200, "{\"ok\":true,\"result\":" + updates(token, parameters) + "}");
                return;
            }
            if (method.equals("getFile")) {
                StoredFile file = files.get(parameters.getOrDefault("file_id", ""));
                if (file == null) {
                    respond(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                            + "invalid file_id\"}");
                    return;
                }
                String fileId = parameters.get("file_id");
                boolean withoutPath = file.answersWithoutPath().getAndUpdate(left -> Math.max(0, left - 1)) > 0;
                respond(exchange, 200, "{\"ok\":true,\"result\":{\"file_id\":" + quote(fileId)
                        + ",\"file_unique_id\":" + quote("u-" + fileId) + ",\"file_size\":" + file.content().length
                        + (withoutPath ? "" : ",\"file_path\":" + quote(file.path())) + "}}");
                return;
            }
            respond(exchange, 200, "{\"ok\":true,\"result\":" + result(method, parameters) + "}");
        }
    }

    private String scripted(String key) {
        var failures = scriptedFailures.get(key);
        return failures == null ? null : failures.poll();
    }

    /** Long polling: confirmed updates (below {@code offset}) are dropped; waits up to {@code timeout} for new ones. */
    private String updates(String token, Map<String, String> parameters) {
        long offset = Long.parseLong(parameters.getOrDefault("offset", "0"));
        long timeoutMillis = TimeUnit.SECONDS.toMillis(Long.parseLong(parameters.getOrDefault("timeout", "0")));
        var queue = updates.computeIfAbsent(token, key -> new ConcurrentLinkedDeque<>());
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            queue.removeIf(update -> updateId(update) < offset);
            if (!queue.isEmpty() || System.currentTimeMillis() >= deadline) {
                return "[" + String.join(",", queue) + "]";
            }
            synchronized (updatesArrived) {
                try {
                    updatesArrived.wait(Math.max(1, Math.min(200, deadline - System.currentTimeMillis())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "[]";
                }
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        String rest = path.substring("/file/bot".length());
        int slash = rest.indexOf('/');
        String filePath = slash < 0 ? "" : rest.substring(slash + 1);
        calls.add(new Call(slash < 0 ? rest : rest.substring(0, slash), "file", Map.of("file_path", filePath),
                Map.of(), Instant.now()));
        StoredFile file = files.values().stream().filter(stored -> stored.path().equals(filePath)).findFirst()
                .orElse(null);
        if (file == null) {
            respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, file.content().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(file.content());
        }
    }

    private String result(String method, Map<String, String> parameters) {
        return switch (method) {
            case "sendMessage", "sendDocument", "sendPhoto" -> "{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"date\":" + Instant.now().getEpochSecond()
                    + ",\"chat\":{\"id\":" + parameters.getOrDefault("chat_id", "0") + ",\"type\":\"private\"}"
                    + (parameters.containsKey("text") ? ",\"text\":" + quote(parameters.get("text")) : "") + "}";
            case "getMe" -> "{\"id\":42,\"is_bot\":true,\"first_name\":\"Demo\",\"username\":\"demo_bot\"}";
            case "getWebhookInfo" -> "{\"url\":\"\",\"has_custom_certificate\":false,\"pending_update_count\":0}";
            default -> "true";
        };
    }

    private static void read(String contentType, byte[] body, Map<String, String> parameters,
                             Map<String, Upload> uploads) {
        if (body.length == 0) {
            return;
        }
        if (Multipart.is(contentType)) {
            for (Multipart.Part part : Multipart.parse(contentType, body)) {
                if (part.fileName() != null) {
                    uploads.put(part.name(), new Upload(part.fileName(), part.contentType(), part.content()));
                } else {
                    parameters.put(part.name(), part.text());
                }
            }
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("application/json")) {
            parameters.put("json", text);
            return;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
    }

    private static long updateId(String update) {
        Matcher matcher = UPDATE_ID.matcher(update);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : Long.MAX_VALUE;
    }

    private static int statusOf(String errorBody) {
        int at = errorBody.indexOf("\"error_code\":");
        if (at < 0) {
            return 400;
        }
        String digits = errorBody.substring(at + 13).replaceAll("^\\s*(\\d+).*$", "$1");
        return Integer.parseInt(digits.substring(0, Math.min(3, digits.length())));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        synchronized (updatesArrived) {
            updatesArrived.notifyAll();
        }
        server.close();
    }

    /**
     * One request the fake received.
     *
     * @param uploads files sent with a multipart request, by form field ({@code document}, {@code photo})
     */
    public record Call(String token, String method, Map<String, String> parameters, Map<String, Upload> uploads,
                       Instant at) {

        public Call {
            parameters = Map.copyOf(parameters);
            uploads = Map.copyOf(uploads);
        }
    }

    /** An uploaded file. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    private record StoredFile(byte[] content, String path, AtomicInteger answersWithoutPath) {
    }
}
