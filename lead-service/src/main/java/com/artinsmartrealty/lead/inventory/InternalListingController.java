package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.api.lead.ListingCatalog;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The listing catalog for other services, of the tenant their service token names:
 * {@code GET /internal/listings} and each listing's stored photos by index
 * ({@code GET /internal/listings/{id}/photos/{index}}, as {@code ListingDocument.photoPath} gives them).
 * An index points at another photo once an earlier one is removed, so photos served here are revalidated
 * by ETag rather than cached for good.
 */
@RestController
class InternalListingController {

    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final ListingCatalogReader catalogs;
    private final ListingPhotos photos;

    InternalListingController(ListingCatalogReader catalogs, ListingPhotos photos) {
        this.catalogs = catalogs;
        this.photos = photos;
    }

    @GetMapping(ListingCatalog.PATH)
    Mono<ListingCatalog> catalog() {
        return CurrentPrincipal.tenantId().flatMap(catalogs::read);
    }

    @GetMapping(ListingCatalog.PATH + "/{id}/photos/{index}")
    Mono<ResponseEntity<byte[]>> photo(@PathVariable UUID id, @PathVariable int index, ServerWebExchange exchange) {
        return CurrentPrincipal.tenantId()
                .flatMap(tenantId -> photos.fileAt(tenantId, id, index))
                .map(file -> ListingPhotoController.serve(file, REVALIDATE, exchange))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such photo")));
    }
}
