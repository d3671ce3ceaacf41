package com.artinsmartrealty.ai.support;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.testkit.http.LoopbackHttpServer;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A small HTTP server on a free loopback port that checks the platform's service tokens, for fakes of services. */
abstract class LocalHttpServer implements AutoCloseable {

    private final LoopbackHttpServer server = LoopbackHttpServer.start("fake-service", exchange -> {
        try (exchange) {
            handle(exchange);
        }
    });

    public String baseUrl() {
        return server.baseUrl();
    }

    abstract void handle(HttpExchange exchange) throws IOException;

    /** The verified service caller of a request, if its bearer token is a valid service token. */
    static Optional<PlatformPrincipal> service(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.empty();
        }
        try {
            PlatformPrincipal principal = TestTokens.TOKENS.verify(header.substring(7));
            return principal.role() == Role.SERVICE ? Optional.of(principal) : Optional.empty();
        } catch (AccessTokens.InvalidTokenException e) {
            return Optional.empty();
        }
    }

    static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void problem(HttpExchange exchange, int status) throws IOException {
        respond(exchange, status, "application/problem+json",
                ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
