package com.artinsmartrealty.testkit.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local stand-in for {@code api.telegram.org} speaking the Bot API wire format: requests to
 * {@code /bot<token>/<method>} with form or JSON parameters, answers {@code {"ok":true,"result":...}}.
 * It records every call and can be told to fail a method with a Bot API error.
 */
public final class FakeTelegramBotApi implements AutoCloseable {

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Call> calls = new ConcurrentLinkedDeque<>();
    private final Map<String, ConcurrentLinkedDeque<String>> scriptedFailures = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);

    private FakeTelegramBotApi(HttpServer server) {
        this.server = server;
    }

    public static FakeTelegramBotApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            FakeTelegramBotApi fake = new FakeTelegramBotApi(server);
            server.createContext("/", fake::handle);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value for {@code TELEGRAM_API_URL}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
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

    public void reset() {
        calls.clear();
        scriptedFailures.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/");
            if (parts.length < 3 || !parts[1].startsWith("bot")) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String token = parts[1].substring(3);
            String method = parts[2];
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> parameters = parameters(contentType, new String(body, StandardCharsets.UTF_8));
            calls.add(new Call(token, method, parameters, Instant.now()));
            var failures = scriptedFailures.get(method);
            String failure = failures == null ? null : failures.poll();
            if (failure != null) {
                respond(exchange, statusOf(failure), failure);
                return;
            }
            respond(exchange, 200, "{\"ok\":true,\"result\":" + result(method, parameters) + "}");
        }
    }

    private String result(String method, Map<String, String> parameters) {
        return switch (method) {
            case "sendMessage", "sendDocument", "sendPhoto" -> "{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"date\":" + Instant.now().getEpochSecond()
                    + ",\"chat\":{\"id\":" + parameters.getOrDefault("chat_id", "0") + ",\"type\":\"private\"}"
                    + (parameters.containsKey("text") ? ",\"text\":" + quote(parameters.get("text")) : "") + "}";
            case "getMe" -> "{\"id\":42,\"is_bot\":true,\"first_name\":\"Demo\",\"username\":\"demo_bot\"}";
            default -> "true";
        };
    }

    private static int statusOf(String errorBody) {
        int at = errorBody.indexOf("\"error_code\":");
        if (at < 0) {
            return 400;
        }
        String digits = errorBody.substring(at + 13).replaceAll("^\\s*(\\d+).*$", "$1");
        return Integer.parseInt(digits.substring(0, Math.min(3, digits.length())));
    }

    private static Map<String, String> parameters(String contentType, String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return parameters;
        }
        if (contentType != null && contentType.startsWith("application/json")) {
            parameters.put("json", body);
            return parameters;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        return parameters;
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
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** One request the fake received. */
    public record Call(String token, String method, Map<String, String> parameters, Instant at) {
    }
}
