package com.artinsmartrealty.scheduling.roster;

import com.artinsmartrealty.scheduling.SchedulingProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Each tenant's time zone, in which availability is entered and slots are shown. Every method runs
 * inside the caller's tenant transaction.
 */
@Component
public class TenantZones {

    private final DatabaseClient database;
    private final ZoneId fallback;

    TenantZones(DatabaseClient database, SchedulingProperties properties) {
        this.database = database;
        this.fallback = properties.defaultTimeZone();
    }

    /** The tenant's zone, or the default until its registration arrives. */
    public Mono<ZoneId> zoneOf(UUID tenantId) {
        return database.sql("select time_zone from tenant_settings where tenant_id = $1")
                .bind(0, tenantId)
                .map(row -> ZoneId.of(row.get("time_zone", String.class)))
                .one()
                .defaultIfEmpty(fallback);
    }

    /** Records the zone as announced at {@code changedAt}, unless a newer announcement is stored. */
    public Mono<Void> register(UUID tenantId, ZoneId zone, Instant changedAt) {
        return database.sql("""
                        insert into tenant_settings (tenant_id, time_zone, changed_at) values ($1, $2, $3)
                        on conflict (tenant_id) do update set
                            time_zone = excluded.time_zone, changed_at = excluded.changed_at
                        where tenant_settings.changed_at <= excluded.changed_at""")
                .bind(0, tenantId)
                .bind(1, zone.getId())
                .bind(2, changedAt)
                .fetch().rowsUpdated().then();
    }
}
