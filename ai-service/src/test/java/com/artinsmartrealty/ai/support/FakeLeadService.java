package com.artinsmartrealty.ai.support;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.api.lead.ListingCatalog;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lead-service as the AI service calls it: {@code GET /internal/listings} answers the calling tenant's
 * catalog (from the service token), {@code GET /internal/listings/{id}/photos/{index}} a listing photo of
 * that tenant; anything without a valid service token is {@code 401}.
 */
public final class FakeLeadService extends LocalHttpServer {

    private static final Pattern PHOTO = Pattern.compile("^/internal/listings/([0-9a-f-]{36})/photos/(\\d+)$");

    private final EventCodec codec = new EventCodec();
    private final Map<UUID, ListingCatalog> catalogs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> photos = new ConcurrentHashMap<>();
    private final AtomicInteger catalogRequests = new AtomicInteger();
    private volatile boolean down;

    public static FakeLeadService start() {
        return new FakeLeadService();
    }

    /** The tenant's listings, with their photos. */
    public void catalog(UUID tenantId, String version, List<ListingDocument> listings, Map<String, byte[]> photoFiles) {
        catalogs.put(tenantId, new ListingCatalog(listings, version));
        photoFiles.forEach((path, bytes) -> photos.put(tenantId + path, bytes));
    }

    /** Makes every call fail with 503 until told otherwise. */
    public void down(boolean down) {
        this.down = down;
    }

    public int catalogRequests() {
        return catalogRequests.get();
    }

    @Override
    void handle(HttpExchange exchange) throws IOException {
        Optional<PlatformPrincipal> caller = service(exchange);
        if (caller.isEmpty()) {
            problem(exchange, 401);
            return;
        }
        if (down) {
            problem(exchange, 503);
            return;
        }
        UUID tenant = caller.get().tenantId();
        String path = exchange.getRequestURI().getPath();
        if (path.equals(ListingCatalog.PATH)) {
            catalogRequests.incrementAndGet();
            ListingCatalog catalog = catalogs.getOrDefault(tenant, new ListingCatalog(List.of(), "empty"));
            respond(exchange, 200, "application/json", codec.mapper().writeValueAsBytes(catalog));
            return;
        }
        Matcher photo = PHOTO.matcher(path);
        byte[] bytes = photo.matches() ? photos.get(tenant + path) : null;
        if (bytes == null) {
            problem(exchange, 404);
            return;
        }
        respond(exchange, 200, "image/jpeg", bytes);
    }
}
