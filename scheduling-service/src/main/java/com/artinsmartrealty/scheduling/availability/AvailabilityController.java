package com.artinsmartrealty.scheduling.availability;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.roster.RosterStore;
import com.artinsmartrealty.scheduling.roster.TenantZones;
import com.artinsmartrealty.scheduling.web.Caller;
import com.artinsmartrealty.scheduling.web.Problems;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET|PUT /api/agents/{id}/availability}: an agent manages their own, a tenant admin anyone's. A
 * PUT replaces the whole availability; overlapping hours are rejected with every problem listed.
 */
@RestController
class AvailabilityController {

    private final TenantTransactions tenants;
    private final RosterStore roster;
    private final TenantZones zones;
    private final AvailabilityStore store;

    AvailabilityController(TenantTransactions tenants, RosterStore roster, TenantZones zones,
                           AvailabilityStore store) {
        this.tenants = tenants;
        this.roster = roster;
        this.zones = zones;
        this.store = store;
    }

    @GetMapping("/api/agents/{agentId}/availability")
    Mono<AvailabilityDocument> get(@PathVariable UUID agentId) {
        return Caller.current().flatMap(caller -> tenants.inTenant(caller.tenantId(),
                requireAgent(caller, agentId).then(read(caller.tenantId(), agentId))));
    }

    @PutMapping("/api/agents/{agentId}/availability")
    Mono<AvailabilityDocument> put(@PathVariable UUID agentId, @RequestBody AvailabilityDocument document) {
        Availability availability = document.toAvailability();
        List<String> problems = availability.problems();
        return Caller.current().flatMap(caller -> tenants.inTenant(caller.tenantId(),
                requireAgent(caller, agentId)
                        .then(problems.isEmpty() ? Mono.empty() : Mono.error(Problems.invalid(problems)))
                        .then(store.replace(caller.tenantId(), agentId, availability))
                        .then(read(caller.tenantId(), agentId))));
    }

    private Mono<Void> requireAgent(Caller caller, UUID agentId) {
        if (!caller.mayAccess(agentId)) {
            return Mono.error(Problems.notFound("No such agent."));
        }
        return roster.agent(caller.tenantId(), agentId)
                .switchIfEmpty(Mono.error(Problems.notFound("No such agent.")))
                .then();
    }

    private Mono<AvailabilityDocument> read(UUID tenantId, UUID agentId) {
        return zones.zoneOf(tenantId).zipWith(store.load(tenantId, agentId),
                (zone, availability) -> AvailabilityDocument.of(agentId, zone.getId(), availability));
    }
}
