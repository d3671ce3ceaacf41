package com.artinsmartrealty.platform.tenancy;

import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs database work in one transaction with the tenant set for PostgreSQL row-level security:
 * {@code set_config('app.tenant_id', tenant, true)} lasts until the transaction ends, so a pooled
 * connection never carries one tenant's setting into another's work. Work outside this sees no
 * tenant rows at all: every policy treats an unset or empty setting as "no rows".
 */
public final class TenantTransactions {

    private final TransactionalOperator transactions;
    private final DatabaseClient database;

    public TenantTransactions(TransactionalOperator transactions, DatabaseClient database) {
        this.transactions = transactions;
        this.database = database;
    }

    public <T> Mono<T> inTenant(UUID tenantId, Mono<T> work) {
        return transactions.transactional(setTenant(tenantId).then(work));
    }

    public <T> Flux<T> inTenant(UUID tenantId, Flux<T> work) {
        return transactions.transactional(setTenant(tenantId).thenMany(work));
    }

    private Mono<Void> setTenant(UUID tenantId) {
        Objects.requireNonNull(tenantId, "tenantId");
        return database.sql("select set_config('app.tenant_id', $1, true)")
                .bind(0, tenantId.toString())
                .fetch()
                .rowsUpdated()
                .then();
    }
}
