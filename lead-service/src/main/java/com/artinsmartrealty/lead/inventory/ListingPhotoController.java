package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.lead.web.Callers;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Photos stored with a listing, for the dashboard: tenant admins add them as the raw body of a POST
 * ({@code image/jpeg}, {@code image/png} or {@code image/webp}, checked against the bytes) and remove them;
 * agents and admins read them. A photo's bytes never change, so they may be cached for good.
 */
@RestController
@RequestMapping("/api/properties/{id}/photos")
class ListingPhotoController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final ListingPhotos photos;

    ListingPhotoController(ListingPhotos photos) {
        this.photos = photos;
    }

    /** A stored photo as the dashboard sees it after adding it. */
    record PhotoView(UUID id, UUID listingId, String path, String contentType, int size, String sha256,
                     Instant createdAt) {

        static PhotoView of(ListingPhotoStore.StoredPhoto photo) {
            return new PhotoView(photo.id(), photo.listingId(), ListingView.photoPath(photo.listingId(), photo.id()),
                    photo.contentType(), photo.size(), photo.sha256(), photo.createdAt());
        }
    }

    /**
     * Stores the body as a photo of the listing: 201 with the photo, or 200 with the one already stored
     * when the listing has these bytes. 413 over {@value ListingPhotos#MAX_BYTES} bytes, 415 for another
     * declared type, 422 when the bytes are not the declared type, 409 when the listing is full.
     */
    @PostMapping
    Mono<ResponseEntity<PhotoView>> add(@PathVariable UUID id, ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        Flux<DataBuffer> body = exchange.getRequest().getBody();
        return Callers.admin().flatMap(access -> {
            PhotoFormat declared = PhotoFormat.ofMediaType(headers.getFirst(HttpHeaders.CONTENT_TYPE))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "a photo must be sent as image/jpeg, image/png or image/webp"));
            if (headers.getContentLength() > ListingPhotos.MAX_BYTES) {
                throw tooLarge();
            }
            return DataBufferUtils.join(body, ListingPhotos.MAX_BYTES)
                    .onErrorMap(DataBufferLimitException.class, e -> tooLarge())
                    .map(ListingPhotoController::bytes)
                    .defaultIfEmpty(new byte[0])
                    .flatMap(bytes -> {
                        PhotoFormat actual = PhotoFormat.of(bytes).orElse(null);
                        if (actual != declared) {
                            return Mono.error(new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                                    "the body is not a " + declared.name() + " image"
                                            + (actual == null ? "" : " (it is " + actual.mediaType() + ")")));
                        }
                        return photos.add(access.tenantId(), id, actual, bytes);
                    })
                    .onErrorMap(ListingPhotos.TooManyPhotosException.class,
                            e -> new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage()))
                    .map(added -> {
                        PhotoView view = PhotoView.of(added.photo());
                        return added.created()
                                ? ResponseEntity.created(URI.create(view.path())).body(view)
                                : ResponseEntity.ok().location(URI.create(view.path())).body(view);
                    })
                    .switchIfEmpty(notFound("no such listing"));
        });
    }

    /** The photo's bytes with its type; {@code If-None-Match} with its ETag answers 304. */
    @GetMapping("/{photoId}")
    Mono<ResponseEntity<byte[]>> get(@PathVariable UUID id, @PathVariable UUID photoId, ServerWebExchange exchange) {
        return Callers.access()
                .flatMap(access -> photos.file(access.tenantId(), id, photoId))
                .map(file -> serve(file, FOREVER, exchange))
                .switchIfEmpty(notFound("no such photo"));
    }

    @DeleteMapping("/{photoId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable UUID id, @PathVariable UUID photoId) {
        return Callers.admin()
                .flatMap(access -> photos.delete(access.tenantId(), id, photoId))
                .flatMap(deleted -> deleted ? Mono.<Void>empty() : notFound("no such photo"));
    }

    /** The file as a response, or 304 when the caller's copy (by ETag) is current. */
    static ResponseEntity<byte[]> serve(ListingPhotoStore.PhotoFile file, CacheControl caching,
                                        ServerWebExchange exchange) {
        String etag = "\"" + file.sha256() + "\"";
        if (exchange.getRequest().getHeaders().getIfNoneMatch().contains(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(caching).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .eTag(etag)
                .cacheControl(caching)
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                "a photo may be at most " + ListingPhotos.MAX_BYTES / (1024 * 1024) + " MB");
    }

    private static <T> Mono<T> notFound(String detail) {
        return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, detail));
    }
}
