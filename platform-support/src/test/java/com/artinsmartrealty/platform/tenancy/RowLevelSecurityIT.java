package com.artinsmartrealty.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.platform.SupportTestApplication;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ContextConfiguration;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Tenant isolation is enforced by PostgreSQL itself: the application connects as a role that is
 * neither superuser nor owner, and every statement below runs without any application-side tenant
 * filter.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.application.name=support-test",
                "spring.flyway.locations=classpath:db/rls-test",
                // One pooled connection: proves the tenant setting does not outlive its transaction.
                "spring.r2dbc.pool.initial-size=1",
                "spring.r2dbc.pool.max-size=1",
                "spring.cloud.function.definition="
        })
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class RowLevelSecurityIT {

    private static final UUID TENANT_A = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    private static final UUID TENANT_B = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000002");

    @Autowired
    private TenantTransactions tenants;

    @Autowired
    private DatabaseClient database;

    private UUID noteOfA;

    @BeforeEach
    void oneNoteForTenantA() {
        noteOfA = UUID.randomUUID();
        tenants.inTenant(TENANT_A, insert(noteOfA, TENANT_A, "A's note"))
                .as(StepVerifier::create).expectNext(1L).verifyComplete();
    }

    @Test
    void withoutATenantAQuerySeesNothing() {
        database.sql("select count(*) as n from notes").map(row -> row.get("n", Long.class)).one()
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void aTenantSeesOnlyItsOwnRows() {
        tenants.inTenant(TENANT_A, countNote(noteOfA)).as(StepVerifier::create).expectNext(1L).verifyComplete();
        tenants.inTenant(TENANT_B, countNote(noteOfA)).as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void anotherTenantsRowsCannotBeUpdatedOrDeleted() {
        tenants.inTenant(TENANT_B, database.sql("update notes set body = 'taken over' where id = $1")
                        .bind(0, noteOfA).fetch().rowsUpdated())
                .as(StepVerifier::create).expectNext(0L).verifyComplete();
        tenants.inTenant(TENANT_B, database.sql("delete from notes where id = $1")
                        .bind(0, noteOfA).fetch().rowsUpdated())
                .as(StepVerifier::create).expectNext(0L).verifyComplete();

        tenants.inTenant(TENANT_A, database.sql("select body from notes where id = $1").bind(0, noteOfA)
                        .map(row -> row.get("body", String.class)).one())
                .as(StepVerifier::create).expectNext("A's note").verifyComplete();
    }

    @Test
    void writingARowForAnotherTenantFailsInTheDatabase() {
        UUID forged = UUID.randomUUID();
        tenants.inTenant(TENANT_B, insert(forged, TENANT_A, "forged"))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("row-level security"))
                .verify();

        tenants.inTenant(TENANT_A, countNote(forged)).as(StepVerifier::create).expectNext(0L).verifyComplete();
    }

    @Test
    void movingARowToAnotherTenantFailsInTheDatabase() {
        tenants.inTenant(TENANT_A, database.sql("update notes set tenant_id = $1 where id = $2")
                        .bind(0, TENANT_B).bind(1, noteOfA).fetch().rowsUpdated())
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("row-level security"))
                .verify();
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorOwnerAndCannotBypassPolicies() {
        database.sql("""
                        select r.rolsuper, r.rolbypassrls, (t.tableowner = current_user) as owns
                        from pg_roles r, pg_tables t
                        where r.rolname = current_user and t.tablename = 'notes'""")
                .map(row -> row.get("rolsuper", Boolean.class) || row.get("rolbypassrls", Boolean.class)
                        || row.get("owns", Boolean.class))
                .one()
                .as(StepVerifier::create).expectNext(false).verifyComplete();
    }

    private Mono<Long> insert(UUID id, UUID tenant, String body) {
        return database.sql("insert into notes (id, tenant_id, body) values ($1, $2, $3)")
                .bind(0, id).bind(1, tenant).bind(2, body).fetch().rowsUpdated();
    }

    private Mono<Long> countNote(UUID id) {
        return database.sql("select count(*) as n from notes where id = $1").bind(0, id)
                .map(row -> row.get("n", Long.class)).one();
    }
}
