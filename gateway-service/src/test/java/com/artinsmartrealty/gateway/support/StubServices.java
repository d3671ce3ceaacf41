package com.artinsmartrealty.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The services behind the gateway, as local HTTP servers: each answers any {@code /api} call with a
 * JSON echo naming itself (method, path, query, Authorization), lead-service serves
 * {@code /internal/leads/<id>/report.pdf} and scheduling-service {@code /internal/appointments/<id>.ics}.
 */
public final class StubServices implements AutoCloseable {

    public static final byte[] REPORT_PDF = "%PDF-1.7\n% a lead report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] APPOINTMENT_ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
            + "SUMMARY:Viewing\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);

    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stub-service");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedDeque<Request> requests = new ConcurrentLinkedDeque<>();

    private StubServices() {
    }

    public static StubServices start() {
        StubServices stubs = new StubServices();
        for (String name : List.of("lead", "scheduling", "conversation", "ai", "analytics")) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.setExecutor(stubs.executor);
                server.createContext("/", exchange -> stubs.handle(name, exchange));
                server.start();
                stubs.servers.put(name, server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stubs;
    }

    /** The base URL of a service, e.g. {@code lead}. */
    public String url(String service) {
        return "http://127.0.0.1:" + servers.get(service).getAddress().getPort();
    }

    /** Stops a service, as if it were down; {@link #restart} brings it back on the same port. */
    public void stop(String service) {
        servers.get(service).stop(0);
    }

    public void restart(String service) {
        int port = servers.get(service).getAddress().getPort();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.setExecutor(executor);
            server.createContext("/", exchange -> handle(service, exchange));
            server.start();
            servers.put(service, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    private void handle(String service, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Request(service, exchange.getRequestMethod(), path, query, authorization, body));
            if (service.equals("lead") && path.matches("/internal/leads/[0-9a-f-]{36}/report\\.pdf")) {
                if (path.contains("00000000-0000-0000-0000-000000000404")) {
                    respond(exchange, 404, "application/problem+json", "{\"status\":404}".getBytes());
                    return;
                }
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"lead-report.pdf\"");
                respond(exchange, 200, "application/pdf", REPORT_PDF);
                return;
            }
            if (service.equals("scheduling") && path.matches("/internal/appointments/[0-9a-f-]{36}\\.ics")) {
                respond(exchange, 200, "text/calendar; charset=utf-8", APPOINTMENT_ICS);
                return;
            }
            String json = "{\"service\":\"" + service + "\",\"method\":\"" + exchange.getRequestMethod()
                    + "\",\"path\":\"" + path + "\",\"query\":" + (query == null ? "null" : "\"" + query + "\"")
                    + ",\"authorization\":" + (authorization == null ? "null" : "\"" + authorization + "\"")
                    + ",\"bodyBytes\":" + body.length + "}";
            respond(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        servers.values().forEach(server -> server.stop(0));
        executor.shutdownNow();
    }

    /** One request a stub service received. */
    public record Request(String service, String method, String path, String query, String authorization,
                          byte[] body) {
    }
}
