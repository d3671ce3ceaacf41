package com.artinsmartrealty.lead.privacy;

import com.artinsmartrealty.lead.leads.LeadReads;
import com.artinsmartrealty.lead.leads.LeadUpdates;
import com.artinsmartrealty.lead.web.Callers;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A lead's rights over their data: a copy of everything lead-service keeps about them
 * ({@code GET /api/leads/{id}/export}) and erasure ({@code DELETE /api/leads/{id}}): personal data
 * removed, anonymous figures kept, and {@code LeadErased} published so every service purges its copies.
 * Both are for tenant admins.
 */
@RestController
class PrivacyController {

    private static final Logger log = LoggerFactory.getLogger(PrivacyController.class);

    private final LeadReads reads;
    private final LeadUpdates updates;
    private final Clock clock;

    PrivacyController(LeadReads reads, LeadUpdates updates, Clock clock) {
        this.reads = reads;
        this.updates = updates;
        this.clock = clock;
    }

    @GetMapping("/api/leads/{id}/export")
    Mono<ResponseEntity<PersonalDataExport>> export(@PathVariable UUID id) {
        return Callers.admin()
                .flatMap(access -> reads.details(access, id))
                .map(details -> PersonalDataExport.of(details, clock.instant()))
                .map(export -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("lead-" + id + ".json").build().toString())
                        .body(export))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such lead")));
    }

    @DeleteMapping("/api/leads/{id}")
    Mono<ResponseEntity<Erasure>> erase(@PathVariable UUID id) {
        return Callers.admin()
                .flatMap(access -> updates.erase(access, id)
                        .doOnNext(lead -> log.info("Lead {} erased on request of user {}", id, access.userId())))
                .map(lead -> ResponseEntity.ok(new Erasure(id, lead.erasedAt())))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such lead")));
    }

    /** The answer to an erasure: when it happened. */
    record Erasure(UUID leadId, Instant erasedAt) {
    }
}
