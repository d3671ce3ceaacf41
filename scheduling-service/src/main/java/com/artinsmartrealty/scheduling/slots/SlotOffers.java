package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.SchedulingProperties;
import com.artinsmartrealty.scheduling.roster.TenantZones;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Offers a chat the next few slots and holds them for it. Offers of one tenant are serialised, so the
 * last free slot goes to one chat only; a new offer to the same chat replaces its earlier holds.
 */
@Component
public class SlotOffers {

    private final TenantTransactions tenants;
    private final TenantZones zones;
    private final SlotSearch search;
    private final HoldStore holds;
    private final SlotPolicy policy;
    private final Duration holdTtl;
    private final Clock clock;

    SlotOffers(TenantTransactions tenants, TenantZones zones, SlotSearch search, HoldStore holds, SlotPolicy policy,
               SchedulingProperties properties, Clock clock) {
        this.tenants = tenants;
        this.zones = zones;
        this.search = search;
        this.holds = holds;
        this.policy = policy;
        this.holdTtl = properties.holds().ttl();
        this.clock = clock;
    }

    /**
     * The next {@code limit} slots, spread over days, with the lead's agent when it takes viewings and has
     * time, else with whichever agents are free (one per start time, the least busy first).
     */
    public Mono<Offer> offer(UUID tenantId, UUID agentId, String holder, int limit) {
        Instant now = clock.instant();
        Instant heldUntil = now.plus(holdTtl);
        return tenants.inTenant(tenantId, holds.lockOffers(tenantId)
                .then(holds.deleteExpired(tenantId, now))
                .then(holds.release(tenantId, holder))
                .then(zones.zoneOf(tenantId))
                .flatMap(zone -> {
                    SlotQuery query = new SlotQuery(now, now, zone, limit, true, policy.offerMaxPerDay());
                    return search.agents(tenantId, agentId)
                            .flatMap(agents -> search.find(tenantId, agents, query, holder))
                            .flatMap(slots -> slots.isEmpty() && agentId != null
                                    ? search.agents(tenantId, null)
                                            .flatMap(all -> search.find(tenantId, all, query, holder))
                                    : Mono.just(slots))
                            .flatMap(slots -> holds.hold(tenantId, holder, slots, heldUntil)
                                    .thenReturn(new Offer(slots, zone, heldUntil)));
                }));
    }

    /**
     * The next {@code limit} slots, one agent per time, with the agent when it has time, else with anyone;
     * nothing is held (for answers outside a chat, such as a dashboard booking that lost a race).
     */
    public Mono<Offer> suggest(UUID tenantId, UUID agentId, int limit) {
        Instant now = clock.instant();
        return tenants.inTenant(tenantId, zones.zoneOf(tenantId).flatMap(zone -> {
            SlotQuery query = new SlotQuery(now, now, zone, limit, true, 0);
            return search.agents(tenantId, agentId)
                    .flatMap(agents -> search.find(tenantId, agents, query, null))
                    .flatMap(slots -> slots.isEmpty() && agentId != null
                            ? search.agents(tenantId, null).flatMap(all -> search.find(tenantId, all, query, null))
                            : Mono.just(slots))
                    .map(slots -> new Offer(slots, zone, now));
        }));
    }

    /** Slots held for a chat until {@code heldUntil} (now, when nothing is held), in the tenant's {@code zone}. */
    public record Offer(List<Slot> slots, ZoneId zone, Instant heldUntil) {
    }
}
