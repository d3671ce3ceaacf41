package com.artinsmartrealty.lead.settings;

import com.artinsmartrealty.lead.LeadProperties;
import com.artinsmartrealty.lead.agents.AssignmentStrategy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tenants' lead settings; a tenant without a row gets the configured defaults. Every method runs in
 * the caller's tenant transaction.
 */
@Component
public class SettingsStore {

    private final DatabaseClient database;
    private final LeadProperties properties;
    private final Clock clock;

    SettingsStore(DatabaseClient database, LeadProperties properties, Clock clock) {
        this.database = database;
        this.properties = properties;
        this.clock = clock;
    }

    public LeadSettings defaults() {
        return new LeadSettings(properties.defaultAssignment(), properties.defaultAppreciationPct(), null, null, null,
                null);
    }

    public Mono<LeadSettings> get() {
        return database.sql("""
                        select assignment_strategy, appreciation_pct, agency_name, agency_phone, agency_email,
                               agency_website
                        from lead_settings""")
                .map(row -> new LeadSettings(
                        AssignmentStrategy.valueOf(row.get("assignment_strategy", String.class)),
                        row.get("appreciation_pct", BigDecimal.class),
                        row.get("agency_name", String.class),
                        row.get("agency_phone", String.class),
                        row.get("agency_email", String.class),
                        row.get("agency_website", String.class)))
                .one()
                .defaultIfEmpty(defaults());
    }

    public Mono<LeadSettings> put(UUID tenantId, LeadSettings settings) {
        var spec = database.sql("""
                        insert into lead_settings (tenant_id, assignment_strategy, appreciation_pct, agency_name,
                                                   agency_phone, agency_email, agency_website, updated_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8)
                        on conflict (tenant_id) do update set
                            assignment_strategy = excluded.assignment_strategy,
                            appreciation_pct = excluded.appreciation_pct, agency_name = excluded.agency_name,
                            agency_phone = excluded.agency_phone, agency_email = excluded.agency_email,
                            agency_website = excluded.agency_website, updated_at = excluded.updated_at""")
                .bind(0, tenantId)
                .bind(1, settings.assignmentStrategy().name())
                .bind(2, settings.appreciationPct());
        spec = bindText(spec, 3, settings.agencyName());
        spec = bindText(spec, 4, settings.agencyPhone());
        spec = bindText(spec, 5, settings.agencyEmail());
        spec = bindText(spec, 6, settings.agencyWebsite());
        return spec.bind(7, clock.instant().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .thenReturn(settings);
    }

    /** The agent who got the previous automatic assignment, locking the row until the transaction ends. */
    public Mono<UUID> lastAssignedForUpdate() {
        return database.sql("select last_assigned_agent from lead_settings for update")
                .map(row -> java.util.Optional.ofNullable(row.get("last_assigned_agent", UUID.class)))
                .one()
                .flatMap(Mono::justOrEmpty);
    }

    public Mono<Void> rememberAssignment(UUID tenantId, UUID agentId) {
        return database.sql("""
                        insert into lead_settings (tenant_id, assignment_strategy, appreciation_pct, last_assigned_agent,
                                                   updated_at)
                        values ($1, $2, $3, $4, $5)
                        on conflict (tenant_id) do update set last_assigned_agent = excluded.last_assigned_agent""")
                .bind(0, tenantId)
                .bind(1, properties.defaultAssignment().name())
                .bind(2, properties.defaultAppreciationPct())
                .bind(3, agentId)
                .bind(4, clock.instant().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    static DatabaseClient.GenericExecuteSpec bindText(DatabaseClient.GenericExecuteSpec spec, int index, String value) {
        return value == null ? spec.bindNull(index, String.class) : spec.bind(index, value);
    }
}
