package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.contracts.api.scheduling.OpenSlot;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.i18n.Languages;
import com.artinsmartrealty.scheduling.roster.TenantZones;
import com.artinsmartrealty.scheduling.web.Caller;
import com.artinsmartrealty.scheduling.web.Page;
import com.artinsmartrealty.scheduling.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/slots?agentId&from&limit}: open slots for the dashboard, every agent's (an agent sees
 * their own), labelled in {@code lang} or the {@code Accept-Language}. Nothing is held; slots held for
 * chats are not listed. The next page starts {@code from} the last slot's start.
 */
@RestController
class SlotController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final TenantTransactions tenants;
    private final TenantZones zones;
    private final SlotSearch search;
    private final OpenSlots openSlots;
    private final Clock clock;

    SlotController(TenantTransactions tenants, TenantZones zones, SlotSearch search, OpenSlots openSlots,
                   Clock clock) {
        this.tenants = tenants;
        this.zones = zones;
        this.search = search;
        this.openSlots = openSlots;
        this.clock = clock;
    }

    @GetMapping("/api/slots")
    Mono<Page<OpenSlot>> slots(@RequestParam(required = false) UUID agentId,
                               @RequestParam(required = false) Instant from,
                               @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) String lang,
                               @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            return Mono.error(Problems.badRequest("limit must be between 1 and " + MAX_LIMIT + "."));
        }
        String language = lang != null ? Languages.of(lang) : Languages.fromAcceptLanguage(accept);
        Instant now = clock.instant();
        return Caller.current().flatMap(caller -> {
            UUID agent = caller.ownAgent().orElse(agentId);
            if (agentId != null && !caller.mayAccess(agentId)) {
                return Mono.error(Problems.forbidden("Agents see their own slots only."));
            }
            UUID tenantId = caller.tenantId();
            return tenants.inTenant(tenantId, zones.zoneOf(tenantId).flatMap(zone -> search.agents(tenantId, agent)
                    .flatMap(agents -> search.find(tenantId, agents,
                            new SlotQuery(from == null ? now : from, now, zone, size, false, 0), null))
                    .map(slots -> new Page<>(openSlots.of(slots, zone, language), null))));
        });
    }
}
