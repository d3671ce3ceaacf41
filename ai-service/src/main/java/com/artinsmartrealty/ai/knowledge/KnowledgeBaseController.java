package com.artinsmartrealty.ai.knowledge;

import com.artinsmartrealty.platform.security.CurrentPrincipal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The dashboard's knowledge base: {@code GET|POST /api/knowledge-base},
 * {@code GET|PUT|DELETE /api/knowledge-base/{id}}. Agents read, tenant admins write (see the service's
 * security chain); the tenant is the caller's.
 */
@RestController
@RequestMapping("/api/knowledge-base")
class KnowledgeBaseController {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseController.class);

    private final KnowledgeStore store;
    private final KnowledgeProperties properties;

    KnowledgeBaseController(KnowledgeStore store, KnowledgeProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @GetMapping
    Mono<KnowledgeEntryView.Page> list(@RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) String cursor) {
        int size = limit == null ? properties.pageSize() : limit;
        if (size < 1 || size > properties.maxPageSize()) {
            return Mono.error(badRequest("limit must be between 1 and " + properties.maxPageSize()));
        }
        Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = Cursor.decode(cursor).orElse(null);
            if (after == null) {
                return Mono.error(badRequest("cursor is not valid"));
            }
        }
        Cursor from = after;
        return CurrentPrincipal.tenantId()
                .flatMap(tenant -> store.page(tenant, from, size + 1).collectList())
                .map(entries -> {
                    List<KnowledgeEntry> page = entries.size() > size ? entries.subList(0, size) : entries;
                    String next = entries.size() > size
                            ? new Cursor(page.getLast().createdAt(), page.getLast().id()).encode() : null;
                    return new KnowledgeEntryView.Page(page.stream().map(KnowledgeEntryView::of).toList(), next);
                });
    }

    @GetMapping("/{id}")
    Mono<KnowledgeEntryView> get(@PathVariable UUID id) {
        return CurrentPrincipal.tenantId()
                .flatMap(tenant -> store.find(tenant, id))
                .map(KnowledgeEntryView::of)
                .switchIfEmpty(Mono.error(notFound()));
    }

    @PostMapping
    Mono<ResponseEntity<KnowledgeEntryView>> create(@RequestBody(required = false) KnowledgeEntryBody body) {
        KnowledgeRules.Result checked = KnowledgeRules.check(body);
        if (checked.valid() == null) {
            return Mono.error(badRequest(String.join("; ", checked.problems())));
        }
        UUID id = UUID.randomUUID();
        return CurrentPrincipal.tenantId()
                .flatMap(tenant -> store.create(tenant, id, checked.valid())
                        .doOnNext(entry -> log.info("Knowledge entry {} created", id)))
                .map(entry -> ResponseEntity.created(URI.create("/api/knowledge-base/" + id))
                        .body(KnowledgeEntryView.of(entry)));
    }

    @PutMapping("/{id}")
    Mono<KnowledgeEntryView> replace(@PathVariable UUID id, @RequestBody(required = false) KnowledgeEntryBody body) {
        KnowledgeRules.Result checked = KnowledgeRules.check(body);
        if (checked.valid() == null) {
            return Mono.error(badRequest(String.join("; ", checked.problems())));
        }
        return CurrentPrincipal.tenantId()
                .flatMap(tenant -> store.replace(tenant, id, checked.valid()))
                .doOnNext(entry -> log.info("Knowledge entry {} replaced", id))
                .map(KnowledgeEntryView::of)
                .switchIfEmpty(Mono.error(notFound()));
    }

    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(@PathVariable UUID id) {
        return CurrentPrincipal.tenantId()
                .flatMap(tenant -> store.delete(tenant, id))
                .flatMap(deleted -> deleted
                        ? Mono.fromRunnable(() -> log.info("Knowledge entry {} deleted", id))
                                .thenReturn(ResponseEntity.noContent().<Void>build())
                        : Mono.error(notFound()));
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such knowledge-base entry.");
    }
}
