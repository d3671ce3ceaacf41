package com.artinsmartrealty.gateway.tenants;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.tenant.TenantPlanChanged;
import com.artinsmartrealty.contracts.tenant.TenantRegistered;
import com.artinsmartrealty.contracts.tenant.TenantStatusChanged;
import com.artinsmartrealty.gateway.auth.PasswordHasher;
import com.artinsmartrealty.gateway.outbox.Outbox;
import com.artinsmartrealty.gateway.users.NewUser;
import com.artinsmartrealty.gateway.users.Users;
import com.artinsmartrealty.gateway.web.Cursor;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The platform owner's side of tenants: registering agencies, suspending and reactivating them,
 * changing plans. Each change and its {@code platform.tenants.v1} event are stored in one
 * transaction; analytics turns plans and prices into MRR.
 */
@Component
class TenantRegistry {

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final TenantDirectory directory;
    private final Users users;
    private final PasswordHasher passwords;
    private final Outbox outbox;
    private final Clock clock;

    TenantRegistry(DatabaseClient database, TenantTransactions tenants, TenantDirectory directory, Users users,
                   PasswordHasher passwords, Outbox outbox, Clock clock) {
        this.database = database;
        this.tenants = tenants;
        this.directory = directory;
        this.users = users;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
    }

    Mono<Tenant> register(NewTenant request) {
        return Mono.defer(() -> {
            NewTenant tenant = request.checked();
            NewUser admin = tenant.admin();
            UUID id = UUID.randomUUID();
            Mono<String> adminHash = admin == null ? Mono.just("") : Mono.fromCallable(() -> {
                admin.normalizedEmail();
                admin.checkedDisplayName();
                return admin.checkedPassword();
            }).flatMap(passwords::hash);
            return adminHash.flatMap(hash -> tenants.inTenant(id, insert(id, tenant)
                    .flatMap(created -> record(created.id(), new TenantRegistered(created.slug(), created.name(),
                            created.plan(), created.monthlyPriceMinor(), created.currency(), created.timeZone()))
                            .then(admin == null ? Mono.empty() : users.insertWithEvent(id,
                                    admin.normalizedEmail(), hash, Role.TENANT_ADMIN, admin.checkedDisplayName()))
                            .thenReturn(created))));
        }).doOnSuccess(created -> outbox.committed());
    }

    Mono<Tenant> find(UUID id) {
        return database.sql(TenantDirectory.TenantRows.SELECT + " where id = $1")
                .bind(0, id)
                .map(TenantDirectory.TenantRows::tenant)
                .one();
    }

    Flux<Tenant> list(Cursor after, int limit) {
        return database.sql(TenantDirectory.TenantRows.SELECT + " where (created_at, id) > ($1, $2) "
                        + "order by created_at, id limit $3")
                .bind(0, after.createdAt().atOffset(ZoneOffset.UTC))
                .bind(1, after.id())
                .bind(2, limit)
                .map(TenantDirectory.TenantRows::tenant)
                .all();
    }

    /** Suspends or reactivates; setting the status it already has changes nothing and publishes nothing. */
    Mono<Tenant> changeStatus(UUID id, TenantStatusChanged.Status status, String reason) {
        String value = status == TenantStatusChanged.Status.ACTIVE ? Tenant.ACTIVE : Tenant.SUSPENDED;
        Mono<Tenant> change = database.sql("update tenants set status = $2 where id = $1 and status <> $2")
                .bind(0, id)
                .bind(1, value)
                .fetch().rowsUpdated()
                .flatMap(changed -> changed == 0 ? Mono.<Void>empty()
                        : record(id, new TenantStatusChanged(status, reason)))
                .then(find(id));
        return tenants.inTenant(id, change).doOnSuccess(tenant -> {
            directory.evict(id);
            outbox.committed();
        });
    }

    Mono<Tenant> changePlan(UUID id, String plan, Long monthlyPriceMinor, String currency) {
        return Mono.defer(() -> {
            NewTenant.Plans.check(plan, monthlyPriceMinor, currency);
            Mono<Tenant> change = database.sql("update tenants set plan = $2, monthly_price_minor = $3, currency = $4 "
                            + "where id = $1 and (plan, monthly_price_minor, currency) is distinct from ($2, $3, $4)")
                    .bind(0, id)
                    .bind(1, plan.strip())
                    .bind(2, monthlyPriceMinor)
                    .bind(3, currency)
                    .fetch().rowsUpdated()
                    .flatMap(changed -> changed == 0 ? Mono.<Void>empty()
                            : record(id, new TenantPlanChanged(plan.strip(), monthlyPriceMinor, currency)))
                    .then(find(id));
            return tenants.inTenant(id, change);
        }).doOnSuccess(tenant -> {
            directory.evict(id);
            outbox.committed();
        });
    }

    private Mono<Tenant> insert(UUID id, NewTenant tenant) {
        return database.sql("insert into tenants (id, slug, name, status, plan, monthly_price_minor, currency, "
                        + "time_zone, created_at) values ($1, $2, $3, 'active', $4, $5, $6, $7, $8)")
                .bind(0, id)
                .bind(1, tenant.slug())
                .bind(2, tenant.name())
                .bind(3, tenant.plan())
                .bind(4, tenant.monthlyPriceMinor())
                .bind(5, tenant.currency())
                .bind(6, tenant.timeZone())
                .bind(7, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .onErrorMap(DataIntegrityViolationException.class,
                        e -> new ResponseStatusException(HttpStatus.CONFLICT, "this slug is taken"))
                .then(find(id));
    }

    private Mono<Void> record(UUID tenantId, EventPayload payload) {
        UUID eventId = UUID.randomUUID();
        EventEnvelope envelope = EventEnvelope.of(eventId, tenantId, clock.instant(), eventId.toString(), null,
                payload);
        return outbox.append(new AggregateKey(tenantId, tenantId).value(), envelope);
    }
}
