package com.artinsmartrealty.lead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.platform.demo.DemoAgency;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import com.artinsmartrealty.testkit.infra.ServiceDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo agency's data applies on top of the migrations, in a schema of its own, as the local run
 * applies it: its agents, its settings and a Dubai inventory in several languages.
 */
class DemoAgencyIT {

    private static ServiceDatabase database;

    @BeforeAll
    static void migrateWithTheDemo() {
        database = Infrastructure.shared().database("lead_demo_check");
        Flyway.configure()
                .dataSource(database.location().jdbcUrl(), database.ownerRole(), database.ownerPassword())
                .schemas(database.schema())
                .defaultSchema(database.schema())
                .placeholders(Map.of("app_role", database.appRole()))
                .locations("classpath:db/lead/migration", "classpath:db/lead/demo")
                .load()
                .migrate();
    }

    @Test
    void theDemoTenantHasAgentsSettingsAndAMultilingualDubaiInventory() throws Exception {
        try (Connection connection = DriverManager.getConnection(database.location().jdbcUrl(),
                database.appRole(), database.appPassword()); Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + database.schema());
            sql.execute("select set_config('app.tenant_id', '" + DemoAgency.TENANT_ID + "', false)");

            assertThat(count(sql, "select count(*) from agents where role = 'agent' and user_id in ('"
                    + DemoAgency.AGENT1_ID + "', '" + DemoAgency.AGENT2_ID + "')")).isEqualTo(2);
            assertThat(count(sql, "select count(*) from lead_settings where agency_name is not null")).isEqualTo(1);
            assertThat(count(sql, "select count(*) from listings")).isBetween(30L, 40L);
            assertThat(count(sql, "select count(*) from listings where transaction = 'RENT'")).isGreaterThan(5);
            assertThat(count(sql, "select count(*) from listings where residency_eligible")).isGreaterThan(5);
            assertThat(count(sql, "select count(*) from listings where handover_date is not null")).isGreaterThan(1);
            assertThat(count(sql, "select count(*) from listings where transaction = 'BUY' and expected_annual_rent "
                    + "is null")).isEqualTo(0);
            assertThat(count(sql, "select count(*) from listings where not (titles ? 'en' and titles ? 'fa' "
                    + "and titles ? 'ar')")).isEqualTo(0);
            assertThat(count(sql, "select count(distinct community) from listings where community in ("
                    + "'Dubai Marina', 'Downtown Dubai', 'Jumeirah Village Circle', 'Palm Jumeirah', 'Business Bay', "
                    + "'Arabian Ranches')")).isEqualTo(6);

            sql.execute("select set_config('app.tenant_id', '', false)");
            assertThat(count(sql, "select count(*) from listings")).isZero();
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
