package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.web.Callers;
import com.artinsmartrealty.lead.web.InvalidRequestException;
import com.artinsmartrealty.lead.web.Page;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The agency's inventory: list (pages ordered by reference), read, create, replace, delete, and CSV
 * import with a per-row report. Changes are for tenant admins (see the security chain). A listing's
 * {@code photos} read as its external URLs, then its stored photos' paths ({@link ListingView}).
 */
@RestController
@RequestMapping("/api/properties")
class ListingController {

    /** The largest CSV accepted, in bytes. */
    static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

    private final TenantTransactions tenants;
    private final ListingStore listings;
    private final ListingPhotoStore photos;

    ListingController(TenantTransactions tenants, ListingStore listings, ListingPhotoStore photos) {
        this.tenants = tenants;
        this.listings = listings;
        this.photos = photos;
    }

    @GetMapping
    Mono<Page<ListingView>> list(@RequestParam(required = false) String transaction,
                                 @RequestParam(required = false) String type,
                                 @RequestParam(required = false) Boolean active,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(defaultValue = "50") int limit) {
        int size = Math.clamp(limit, 1, 200);
        Transaction parsedTransaction = transaction == null ? null : parse(Transaction.class, transaction, "transaction");
        PropertyType parsedType = type == null ? null : parse(PropertyType.class, type, "type");
        String after = cursor == null ? null : decode(cursor);
        return Callers.access()
                .flatMap(access -> tenants.inTenant(access.tenantId(),
                        listings.page(after, parsedTransaction, parsedType, active, size).collectList()
                                .flatMap(page -> withPhotos(page).map(views -> new Page<>(views,
                                        page.size() < size ? null : encode(page.getLast().reference()))))));
    }

    @GetMapping("/{id}")
    Mono<ListingView> get(@PathVariable UUID id) {
        return Callers.access()
                .flatMap(access -> tenants.inTenant(access.tenantId(), listings.find(id).flatMap(this::withPhotos)))
                .switchIfEmpty(notFound());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ListingView> create(@RequestBody ListingView body) {
        Listing listing = valid(body, null).toListing(UUID.randomUUID());
        return Callers.admin()
                .flatMap(access -> tenants.inTenant(access.tenantId(), listings.insert(access.tenantId(), listing)))
                .onErrorMap(DuplicateKeyException.class, e -> referenceConflict(listing.reference()))
                .map(created -> ListingView.of(created, List.of()));
    }

    @PutMapping("/{id}")
    Mono<ListingView> replace(@PathVariable UUID id, @RequestBody ListingView body) {
        Listing listing = valid(body, id).toListing(id);
        return Callers.admin()
                .flatMap(access -> tenants.inTenant(access.tenantId(),
                        listings.replace(access.tenantId(), listing).flatMap(this::withPhotos)))
                .onErrorMap(DuplicateKeyException.class, e -> referenceConflict(listing.reference()))
                .switchIfEmpty(notFound());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable UUID id) {
        return Callers.admin()
                .flatMap(access -> tenants.inTenant(access.tenantId(), listings.delete(id)))
                .flatMap(deleted -> deleted ? Mono.<Void>empty() : notFound());
    }

    /**
     * Imports listings from a CSV body ({@code text/csv}, UTF-8): valid rows are created or updated by
     * reference in one transaction, invalid rows are reported and skipped.
     */
    @PostMapping("/import")
    Mono<ImportReport> importCsv(ServerWebExchange exchange) {
        Flux<DataBuffer> body = exchange.getRequest().getBody();
        return Callers.admin().flatMap(access -> DataBufferUtils.join(body, MAX_CSV_BYTES)
                .onErrorMap(org.springframework.core.io.buffer.DataBufferLimitException.class,
                        e -> new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                                "the CSV is larger than " + MAX_CSV_BYTES / (1024 * 1024) + " MB"))
                .switchIfEmpty(Mono.error(new InvalidRequestException("the CSV is empty")))
                .flatMap(buffer -> Mono.fromCallable(() -> {
                    try (var in = buffer.asInputStream(true)) {
                        return ListingCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(rows -> write(access.tenantId(), rows)));
    }

    private Mono<ImportReport> write(UUID tenantId, List<ListingCsv.Row> rows) {
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        List<Listing> valid = new ArrayList<>();
        for (ListingCsv.Row row : rows) {
            if (row.valid()) {
                valid.add(row.draft().toListing(UUID.randomUUID()));
            } else {
                rejected.add(new ImportReport.Rejected(row.line(), row.reference(), row.problems()));
            }
        }
        return tenants.inTenant(tenantId, Flux.fromIterable(valid)
                        .concatMap(listing -> listings.upsertByReference(tenantId, listing)
                                .map(stored -> stored.id().equals(listing.id())))
                        .collectList())
                .map(createdFlags -> {
                    int created = (int) createdFlags.stream().filter(Boolean::booleanValue).count();
                    return new ImportReport(rows.size(), created, createdFlags.size() - created, rejected);
                });
    }

    /** The listing to write as {@code id} (null: a new one), with its own stored photos' paths left out. */
    private static ListingDraft valid(ListingView body, UUID id) {
        if (body == null) {
            throw new InvalidRequestException("a listing is required");
        }
        ListingDraft draft = body.toDraft(id);
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the listing is not valid", problems);
        }
        return draft;
    }

    private Mono<ListingView> withPhotos(Listing listing) {
        return withPhotos(List.of(listing)).map(List::getFirst);
    }

    /** The listings as the API shows them, each with its stored photos' paths. */
    private Mono<List<ListingView>> withPhotos(List<Listing> page) {
        return photos.ids(page.stream().map(Listing::id).toList())
                .map(stored -> page.stream()
                        .map(listing -> ListingView.of(listing, stored.getOrDefault(listing.id(), List.of())))
                        .toList());
    }

    private static ResponseStatusException referenceConflict(String reference) {
        return new ResponseStatusException(HttpStatus.CONFLICT, "another listing already has reference " + reference);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name + " '" + value + "' is not valid");
        }
    }

    private static String encode(String reference) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(reference.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor is not one this API gave out");
        }
    }

    private static <T> Mono<T> notFound() {
        return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such listing"));
    }
}
