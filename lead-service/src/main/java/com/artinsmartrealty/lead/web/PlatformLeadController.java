package com.artinsmartrealty.lead.web;

import com.artinsmartrealty.lead.leads.Access;
import com.artinsmartrealty.lead.leads.LeadQuery;
import com.artinsmartrealty.lead.leads.LeadReads;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The super admin's explicit, read-only way into one tenant's leads, for support: the tenant is named
 * in the path and every access is logged. Nothing else lets a token without a tenant see tenant data.
 */
@RestController
class PlatformLeadController {

    private static final Logger log = LoggerFactory.getLogger(PlatformLeadController.class);

    private final LeadReads reads;

    PlatformLeadController(LeadReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/platform/tenants/{tenantId}/leads")
    Mono<Page<LeadView>> search(@PathVariable UUID tenantId,
                                @RequestParam(required = false) List<String> status,
                                @RequestParam(required = false) UUID agentId,
                                @RequestParam(required = false) String channel,
                                @RequestParam(required = false) String chatId,
                                @RequestParam(required = false) String q,
                                @RequestParam(required = false) String cursor,
                                @RequestParam(defaultValue = "0") int limit) {
        LeadQuery query = LeadQueries.parse(status, agentId, channel, chatId, q, cursor, limit);
        return audited(tenantId, "list").flatMap(access -> reads.page(access, query))
                .map(page -> LeadController.page(page, query.limit()));
    }

    @GetMapping("/api/platform/tenants/{tenantId}/leads/{id}")
    Mono<LeadDetailView> detail(@PathVariable UUID tenantId, @PathVariable UUID id) {
        return audited(tenantId, "lead " + id).flatMap(access -> reads.details(access, id))
                .map(LeadDetailView::of)
                .switchIfEmpty(LeadController.notFound());
    }

    private static Mono<Access> audited(UUID tenantId, String what) {
        return CurrentPrincipal.get().map(principal -> {
            log.info("Super admin {} read {} of tenant {}", principal.subject(), what, tenantId);
            return new Access(tenantId, null, null);
        });
    }
}
