package com.artinsmartrealty.lead.report;

import com.artinsmartrealty.lead.leads.Access;
import com.artinsmartrealty.lead.web.Callers;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A lead's PDF report: for the dashboard ({@code /api/leads/{id}/report.pdf}) and for the gateway,
 * which sends it as a document for the media reference {@code lead-report:<leadId>}
 * ({@code /internal/leads/{id}/report.pdf}).
 */
@RestController
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/leads/{id}/report.pdf")
    Mono<ResponseEntity<byte[]>> forDashboard(@PathVariable UUID id) {
        return Callers.access().flatMap(access -> pdf(access, id, false));
    }

    @GetMapping("/internal/leads/{id}/report.pdf")
    Mono<ResponseEntity<byte[]>> forService(@PathVariable UUID id) {
        return CurrentPrincipal.tenantId().flatMap(tenant -> pdf(new Access(tenant, null, null), id, true));
    }

    private Mono<ResponseEntity<byte[]>> pdf(Access access, UUID id, boolean attachment) {
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename("property-report.pdf").build();
        return reports.forLead(access, id)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                        .body(bytes))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such lead")));
    }
}
