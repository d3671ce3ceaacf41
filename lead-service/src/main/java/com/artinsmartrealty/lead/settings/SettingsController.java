package com.artinsmartrealty.lead.settings;

import com.artinsmartrealty.lead.agents.Agent;
import com.artinsmartrealty.lead.agents.AgentRoster;
import com.artinsmartrealty.lead.web.Callers;
import com.artinsmartrealty.lead.web.InvalidRequestException;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A tenant admin's lead settings ({@code GET|PUT /api/lead-settings}: assignment strategy, the
 * appreciation assumed in ROI projections, the agency contact printed on reports) and the agent roster
 * assignment draws from ({@code GET /api/lead-agents}).
 */
@RestController
class SettingsController {

    private final TenantTransactions tenants;
    private final SettingsStore settings;
    private final AgentRoster roster;

    SettingsController(TenantTransactions tenants, SettingsStore settings, AgentRoster roster) {
        this.tenants = tenants;
        this.settings = settings;
        this.roster = roster;
    }

    @GetMapping("/api/lead-settings")
    Mono<LeadSettings> get() {
        return Callers.admin().flatMap(access -> tenants.inTenant(access.tenantId(), settings.get()));
    }

    @PutMapping("/api/lead-settings")
    Mono<LeadSettings> put(@RequestBody LeadSettings body) {
        List<String> problems = body == null ? List.of("settings are required") : body.problems();
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidRequestException("the settings are not valid", problems));
        }
        return Callers.admin().flatMap(access -> tenants.inTenant(access.tenantId(),
                settings.put(access.tenantId(), body)));
    }

    @GetMapping("/api/lead-agents")
    Mono<List<Agent>> agents() {
        return Callers.admin().flatMap(access -> tenants.inTenant(access.tenantId(), roster.all()));
    }
}
