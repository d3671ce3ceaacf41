package com.artinsmartrealty.ai.support;

import com.artinsmartrealty.contracts.api.media.MediaRefs;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway's media store as the AI service reads it: {@code GET /internal/media?ref=<ref>} with a
 * service token answers the stored file with its type; a reference of another tenant is {@code 403}, an
 * unknown one {@code 404}.
 */
public final class FakeGateway extends LocalHttpServer {

    private final Map<String, Stored> files = new ConcurrentHashMap<>();
    private final List<String> fetched = new CopyOnWriteArrayList<>();

    public static FakeGateway start() {
        return new FakeGateway();
    }

    public void store(String ref, String contentType, byte[] bytes) {
        files.put(ref, new Stored(contentType, bytes));
    }

    /** The references fetched so far. */
    public List<String> fetched() {
        return List.copyOf(fetched);
    }

    @Override
    void handle(HttpExchange exchange) throws IOException {
        Optional<PlatformPrincipal> caller = service(exchange);
        if (caller.isEmpty()) {
            problem(exchange, 401);
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        if (!MediaRefs.GATEWAY_MEDIA_PATH.equals(exchange.getRequestURI().getPath()) || query == null
                || !query.startsWith("ref=")) {
            problem(exchange, 404);
            return;
        }
        String ref = URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8);
        fetched.add(ref);
        if (ref.startsWith(MediaRefs.STORED) && !ref.startsWith(MediaRefs.STORED + caller.get().tenantId() + "/")) {
            problem(exchange, 403);
            return;
        }
        Stored stored = files.get(ref);
        if (stored == null) {
            problem(exchange, 404);
            return;
        }
        respond(exchange, 200, stored.contentType(), stored.bytes());
    }

    private record Stored(String contentType, byte[] bytes) {
    }
}
