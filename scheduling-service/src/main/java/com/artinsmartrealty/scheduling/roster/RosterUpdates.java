package com.artinsmartrealty.scheduling.roster;

import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.tenant.TenantRegistered;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import com.artinsmartrealty.platform.messaging.NonRetryableException;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the roster and the tenant's zone in step with {@code platform.tenants.v1}. Idempotent: each
 * event is an upsert keyed by the tenant (zone) or the tenant and user (roster), applied only when it is
 * not older than what is stored, so a redelivery or a late duplicate changes nothing. Other tenant
 * events do not concern scheduling.
 */
@Component
public class RosterUpdates {

    private final TenantTransactions tenants;
    private final RosterStore roster;
    private final TenantZones zones;

    RosterUpdates(TenantTransactions tenants, RosterStore roster, TenantZones zones) {
        this.tenants = tenants;
        this.roster = roster;
        this.zones = zones;
    }

    public Mono<Void> apply(EventEnvelope envelope) {
        return switch (envelope.payload()) {
            case UserUpserted user -> tenants.inTenant(envelope.tenantId(), roster.upsert(envelope.tenantId(),
                    user.userId(), user.displayName(), user.role(), user.active(), envelope.occurredAt()));
            case TenantRegistered registered -> tenants.inTenant(envelope.tenantId(),
                    zones.register(envelope.tenantId(), zone(registered.timeZone()), envelope.occurredAt()));
            default -> Mono.empty();
        };
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new NonRetryableException("unknown time zone " + id, e);
        }
    }
}
