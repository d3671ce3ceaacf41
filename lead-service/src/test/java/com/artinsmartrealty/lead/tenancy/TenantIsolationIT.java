package com.artinsmartrealty.lead.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.lead.LeadServiceIT;
import com.artinsmartrealty.lead.inventory.Listing;
import com.artinsmartrealty.lead.inventory.ListingMother;
import com.artinsmartrealty.lead.inventory.ListingPhotos;
import com.artinsmartrealty.lead.inventory.PhotoFormat;
import com.artinsmartrealty.lead.inventory.TestPhotos;
import com.artinsmartrealty.lead.leads.Lead;
import com.artinsmartrealty.lead.leads.LeadScore;
import com.artinsmartrealty.lead.leads.LeadStore;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Isolation is PostgreSQL's, not the application's: every statement here names no tenant at all (as if
 * the application's filter had been removed), and another tenant's rows stay invisible and unwritable.
 */
class TenantIsolationIT extends LeadServiceIT {

    private static final List<String> TENANT_TABLES = List.of("leads", "lead_status_history", "lead_notes",
            "processed_events", "agents", "lead_settings", "listings", "listing_photos", "outbox");

    @Autowired
    private DatabaseClient database;

    @Autowired
    private LeadStore leadStore;

    @Autowired
    private ListingPhotos photos;

    @Autowired
    private com.artinsmartrealty.lead.leads.LeadReads reads;

    private UUID tenantA;
    private UUID tenantB;
    private UUID leadOfA;
    private UUID listingOfA;

    @BeforeEach
    void aQualifiedLeadWithHistoryNotesAndListingsInTenantA() {
        tenantA = UUID.randomUUID();
        tenantB = UUID.randomUUID();
        addAgent(tenantA, UUID.randomUUID(), "Agent of A");
        List<Listing> inventory = ListingMother.dubai();
        addListings(tenantA, inventory);
        listingOfA = inventory.getFirst().id();
        photos.add(tenantA, listingOfA, PhotoFormat.PNG, TestPhotos.png(1)).block();
        leadOfA = qualifiedLead(tenantA, "Sara", "a-1", "en");
        reads.addNote(new com.artinsmartrealty.lead.leads.Access(tenantA, null, null), leadOfA, "private note").block();
        newLead(tenantB, "Someone of B", "b-1");
    }

    @Test
    void anotherTenantSeesNoneOfTheRowsOfAnyTable() {
        for (String table : TENANT_TABLES) {
            long ofA = count(tenantA, "select count(*) as n from " + table);
            long seenByB = count(tenantB, "select count(*) as n from " + table + " where tenant_id = '"
                    + tenantA + "'");
            assertThat(seenByB).as(table).isZero();
            if (!table.equals("lead_settings") && !table.equals("outbox")) {
                assertThat(ofA).as(table).isPositive();
            }
        }
        assertThat(count(tenantB, "select count(*) as n from leads where id = '" + leadOfA + "'")).isZero();
    }

    @Test
    void withoutATenantNothingIsVisible() {
        for (String table : List.of("leads", "listings", "listing_photos")) {
            database.sql("select count(*) as n from " + table).map(row -> row.get("n", Long.class)).one()
                    .as(StepVerifier::create).expectNext(0L).as(table).verifyComplete();
        }
        // Nor are a listing's photo bytes, even by their listing's id.
        photos.fileAt(tenantB, listingOfA, 0).as(StepVerifier::create).verifyComplete();
        assertThat(photos.fileAt(tenantA, listingOfA, 0).block()).isNotNull();
    }

    @Test
    void anotherTenantCanNeitherChangeNorDeleteTheLead() {
        for (String statement : List.of(
                "update leads set status = 'CLOSED_WON', display_name = 'taken' where id = '" + leadOfA + "'",
                "delete from lead_status_history where lead_id = '" + leadOfA + "'",
                "delete from leads where id = '" + leadOfA + "'",
                "update listings set price = 1",
                "delete from listing_photos",
                "update listing_photos set bytes = '\\x00'",
                "delete from agents")) {
            tenants.inTenant(tenantB, database.sql(statement).fetch().rowsUpdated())
                    .as(StepVerifier::create).expectNext(0L).verifyComplete();
        }
        // The application's own statements name no tenant either.
        Lead stolen = tenants.inTenant(tenantA, leadStore.findForUpdate(leadOfA)).block();
        tenants.inTenant(tenantB, leadStore.update(stolen.erased(java.time.Instant.now()), new LeadScore(0, List.of())))
                .as(StepVerifier::create).expectError(org.springframework.dao.OptimisticLockingFailureException.class)
                .verify();
        tenants.inTenant(tenantB, leadStore.find(leadOfA)).as(StepVerifier::create).verifyComplete();

        assertThat(tenants.inTenant(tenantA, leadStore.find(leadOfA)).block().lead().contact().displayName())
                .isEqualTo("Sara");
        assertThat(count(tenantA, "select count(*) as n from listings where price = 1")).isZero();
    }

    @Test
    void theOneStatementReadSeesOnlyItsTenantAndLeavesNoTenantOnTheConnection() {
        leadStore.findInTenant(tenantB, leadOfA).as(StepVerifier::create).verifyComplete();
        assertThat(leadStore.findInTenant(tenantA, leadOfA).block().agentName()).isEqualTo("Agent of A");

        // On one connection: the read finds the lead, and the next statement on it has no tenant.
        List<String> seen = database.inConnection(connection -> Flux.from(connection
                        .createStatement("select display_name from lead_in_tenant($1, $2)")
                        .bind("$1", tenantA).bind("$2", leadOfA).execute())
                .flatMap(result -> result.map((row, meta) -> row.get("display_name", String.class)))
                .concatWith(Flux.from(connection
                                .createStatement("select coalesce(current_setting('app.tenant_id', true), '') as t")
                                .execute())
                        .flatMap(result -> result.map((row, meta) -> "tenant=" + row.get("t", String.class))))
                .collectList()).block();
        assertThat(seen).containsExactly("Sara", "tenant=");

        // Inside a transaction set for tenant B it refuses to switch to tenant A.
        tenants.inTenant(tenantB, leadStore.findInTenant(tenantA, leadOfA))
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("another tenant"))
                .verify();
        assertThat(tenants.inTenant(tenantA, leadStore.findInTenant(tenantA, leadOfA)).block()).isNotNull();
    }

    @Test
    void rowsCannotBeWrittenIntoOrMovedToAnotherTenant() {
        tenants.inTenant(tenantB, database.sql("""
                        insert into leads (id, tenant_id, status, last_activity_at, created_at, updated_at)
                        values ($1, $2, 'NEW', now(), now(), now())""")
                        .bind(0, UUID.randomUUID()).bind(1, tenantA).fetch().rowsUpdated())
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("row-level security"))
                .verify();
        // A photo can be put neither into tenant A nor, as tenant B's, onto A's listing.
        String photo = """
                insert into listing_photos (id, tenant_id, listing_id, position, content_type, bytes, byte_size,
                    sha256, created_at)
                values ($1, $2, $3, 99, 'image/png', '\\x89', 1, repeat('0', 64), now())""";
        tenants.inTenant(tenantB, database.sql(photo).bind(0, UUID.randomUUID()).bind(1, tenantA).bind(2, listingOfA)
                        .fetch().rowsUpdated())
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("row-level security"))
                .verify();
        tenants.inTenant(tenantB, database.sql(photo).bind(0, UUID.randomUUID()).bind(1, tenantB).bind(2, listingOfA)
                        .fetch().rowsUpdated())
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("foreign key"))
                .verify();
        tenants.inTenant(tenantA, database.sql("update leads set tenant_id = $1 where id = $2")
                        .bind(0, tenantB).bind(1, leadOfA).fetch().rowsUpdated())
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("row-level security"))
                .verify();
    }

    @Test
    void everyTenantTableIsUnderForcedRowLevelSecurityAndTheRoleCannotBypassIt() {
        List<String> unprotected = database.sql("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        join information_schema.columns col on col.table_schema = n.nspname
                             and col.table_name = c.relname and col.column_name = 'tenant_id'
                        where n.nspname = current_schema() and c.relkind = 'r'
                          and c.relname <> 'outbox_pending'
                          and not (c.relrowsecurity and c.relforcerowsecurity)""")
                .map(row -> row.get("relname", String.class)).all().collectList().block();
        assertThat(unprotected).isEmpty();
        database.sql("""
                        select r.rolsuper or r.rolbypassrls or exists (
                            select 1 from pg_tables t where t.tableowner = current_user and t.tablename = 'leads')
                            as privileged
                        from pg_roles r where r.rolname = current_user""")
                .map(row -> row.get("privileged", Boolean.class)).one()
                .as(StepVerifier::create).expectNext(false).verifyComplete();
    }

    private long count(UUID tenant, String sql) {
        return tenants.inTenant(tenant, database.sql(sql).map(row -> row.get("n", Long.class)).one())
                .switchIfEmpty(Mono.just(0L)).block();
    }
}
