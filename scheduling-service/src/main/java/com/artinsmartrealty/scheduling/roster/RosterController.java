package com.artinsmartrealty.scheduling.roster;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.web.Caller;
import com.artinsmartrealty.scheduling.web.Page;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/agents}: the tenant's staff as scheduling knows them, and who takes viewings. */
@RestController
class RosterController {

    private final TenantTransactions tenants;
    private final RosterStore roster;

    RosterController(TenantTransactions tenants, RosterStore roster) {
        this.tenants = tenants;
        this.roster = roster;
    }

    /** One member of staff. */
    record StaffMember(UUID id, String displayName, String role, boolean active, boolean takesViewings) {
    }

    @GetMapping("/api/agents")
    Mono<Page<StaffMember>> agents() {
        return Caller.current().flatMap(caller -> tenants.inTenant(caller.tenantId(), roster.all(caller.tenantId())
                .map(agent -> new StaffMember(agent.id(), agent.displayName(), agent.role(), agent.active(),
                        agent.bookable()))
                .collectList()
                .map(all -> new Page<>(all, null))));
    }
}
