package com.artinsmartrealty.lead.bench;

import com.artinsmartrealty.lead.LeadServiceIT;
import com.artinsmartrealty.lead.leads.Access;
import com.artinsmartrealty.lead.leads.LeadQuery;
import com.artinsmartrealty.lead.leads.LeadReads;
import com.artinsmartrealty.lead.leads.LeadStore;
import com.artinsmartrealty.lead.leads.LeadStatus;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import com.artinsmartrealty.testkit.infra.ServiceDatabase;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lead reads under row-level security with 1,000,000 leads over 100 tenants, and the Excel export of
 * one tenant's 1,000,000 leads with its peak heap. Not part of the build; run it (without BlockHound,
 * which the tests install) with
 * {@code ./mvnw -B -ntp -pl lead-service -am test -Dtest=LeadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Djunit.platform.execution.listeners.deactivate=reactor.blockhound.junit.platform.BlockHoundTestExecutionListener}
 * and read the lines starting with {@code BENCH} in
 * {@code lead-service/target/surefire-reports/*LeadBenchmark-output.txt}.
 */
@org.springframework.test.context.TestPropertySource(properties = "lead.export-page-size=1000")
class LeadBenchmark extends LeadServiceIT {

    private static final int TENANTS = 100;
    private static final int LEADS_PER_TENANT = 10_000;
    private static final int EXPORT_ROWS = 1_000_000;
    private static final int SAMPLES = 20_000;
    /** Calls before measuring, so that the measured ones run compiled code as a running service does. */
    private static final int WARM_UP = 20_000;

    @Autowired
    private LeadReads reads;

    @Autowired
    private LeadStore leadStore;

    /** {@code -Dlead.bench.only=export} measures the export alone (its tenant's data only). */
    private static final boolean EXPORT_ONLY = "export".equals(System.getProperty("lead.bench.only"));

    @Test
    void run() throws Exception {
        ServiceDatabase database = Infrastructure.shared().database("lead");
        List<UUID> tenantIds = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            tenantIds.add(UUID.nameUUIDFromBytes(("bench-tenant-" + i).getBytes()));
        }
        UUID exportTenant = UUID.nameUUIDFromBytes("bench-export-tenant".getBytes());
        List<UUID[]> sample = new ArrayList<>();
        long loadStart = System.nanoTime();
        try (Connection owner = DriverManager.getConnection(database.location().jdbcUrl(), database.ownerRole(),
                database.ownerPassword())) {
            owner.createStatement().execute("set search_path to " + database.schema());
            for (UUID tenant : EXPORT_ONLY ? List.<UUID>of() : tenantIds) {
                load(owner, tenant, LEADS_PER_TENANT);
            }
            load(owner, exportTenant, EXPORT_ROWS);
            owner.createStatement().execute("analyze leads");
            owner.createStatement().execute("analyze agents");
            Random random = new Random(42);
            for (UUID tenant : EXPORT_ONLY ? List.<UUID>of() : tenantIds) {
                owner.createStatement().execute("select set_config('app.tenant_id', '" + tenant + "', false)");
                try (ResultSet rows = owner.createStatement().executeQuery(
                        "select id from leads order by md5(id::text) limit 50")) {
                    while (rows.next()) {
                        sample.add(new UUID[] {tenant, rows.getObject(1, UUID.class)});
                    }
                }
            }
            java.util.Collections.shuffle(sample, random);
            owner.createStatement().execute("select set_config('app.tenant_id', '', false)");
        }
        System.out.printf("BENCH loaded %,d leads in %d tenants plus %,d in one tenant in %.0f s%n",
                EXPORT_ONLY ? 0 : TENANTS * LEADS_PER_TENANT, EXPORT_ONLY ? 0 : TENANTS, EXPORT_ROWS,
                (System.nanoTime() - loadStart) / 1e9);

        if (EXPORT_ONLY) {
            exportWithPeakHeap(exportTenant);
            return;
        }
        // Lead by id, as LeadReads.find reads it: one statement that sets the tenant for itself.
        for (int i = 0; i < WARM_UP; i++) {
            UUID[] pick = sample.get(i % sample.size());
            reads.find(new Access(pick[0], null, null), pick[1]).block();
        }
        long[] byId = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            UUID[] pick = sample.get(i % sample.size());
            long start = System.nanoTime();
            if (reads.find(new Access(pick[0], null, null), pick[1]).block() == null) {
                throw new IllegalStateException("lead not found");
            }
            byId[i] = System.nanoTime() - start;
        }
        report("lead by id (service: LeadReads.find over R2DBC, one statement)", byId);
        report("lead by id (JDBC, the same statement as the application role)", jdbcById(database, sample));
        // For comparison, the same read in a tenant transaction: begin, set_config, select, commit.
        for (int i = 0; i < WARM_UP; i++) {
            UUID[] pick = sample.get(i % sample.size());
            tenants.inTenant(pick[0], leadStore.find(pick[1])).block();
        }
        long[] inTransaction = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            UUID[] pick = sample.get(i % sample.size());
            long start = System.nanoTime();
            if (tenants.inTenant(pick[0], leadStore.find(pick[1])).block() == null) {
                throw new IllegalStateException("lead not found");
            }
            inTransaction[i] = System.nanoTime() - start;
        }
        report("lead by id (R2DBC tenant transaction: begin, set_config, select, commit)", inTransaction);

        // A filtered page: one status, newest first, 50 rows; then the same with an agent filter, and page 2.
        Random random = new Random(7);
        LeadStatus[] statuses = LeadStatus.values();
        for (String variant : List.of("status", "status+agent", "status, next page")) {
            long[] pages = new long[2_000];
            for (int i = -300; i < pages.length; i++) {
                UUID tenant = tenantIds.get(random.nextInt(TENANTS));
                LeadStatus status = statuses[random.nextInt(statuses.length)];
                UUID agent = variant.equals("status+agent")
                        ? md5Uuid(tenant + "agent" + random.nextInt(10)) : null;
                LeadQuery query = new LeadQuery(List.of(status), agent, null, null, null, null, 50);
                long start = System.nanoTime();
                var page = reads.page(new Access(tenant, null, null), query).block();
                if (variant.equals("status, next page")) {
                    start = System.nanoTime();
                    page = reads.page(new Access(tenant, null, null),
                            query.after(LeadQuery.Cursor.of(page.getLast().lead()), 50)).block();
                }
                long elapsed = System.nanoTime() - start;
                if (page.isEmpty()) {
                    throw new IllegalStateException("empty page");
                }
                if (i >= 0) {
                    pages[i] = elapsed;
                }
            }
            report("filtered page (" + variant + ")", pages);
        }

        exportWithPeakHeap(exportTenant);
    }

    /** The same statement over plain JDBC as the application role. */
    private static long[] jdbcById(ServiceDatabase database, List<UUID[]> sample) throws Exception {
        long[] nanos = new long[SAMPLES];
        try (Connection app = DriverManager.getConnection(database.location().jdbcUrl(), database.appRole(),
                database.appPassword())) {
            app.createStatement().execute("set search_path to " + database.schema());
            try (PreparedStatement lead = app.prepareStatement("select * from lead_in_tenant(?, ?)")) {
                for (int i = -WARM_UP; i < SAMPLES; i++) {
                    UUID[] pick = sample.get(Math.floorMod(i, sample.size()));
                    long start = System.nanoTime();
                    lead.setObject(1, pick[0]);
                    lead.setObject(2, pick[1]);
                    try (ResultSet row = lead.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException("lead not found");
                        }
                    }
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - start;
                    }
                }
            }
        }
        return nanos;
    }

    /**
     * Streams one tenant's export over HTTP and reads the live heap while it runs: a sampler forces a
     * full collection every second and records what is left, so garbage does not count.
     */
    private void exportWithPeakHeap(UUID tenant) throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peakLive = new AtomicLong(baseline);
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                System.gc();
                peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        // A plain HTTP client that discards the bytes: WebTestClient would keep the whole body for its logs.
        long start = System.nanoTime();
        long bytes;
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/leads/export.xlsx"))
                .header("Authorization", "Bearer " + adminToken(tenant)).build();
        try (var body = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream()).body()) {
            bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf("BENCH (load %s) export.xlsx of %,d leads: %.1f s (%,.0f rows/s), %.1f MB; live heap "
                        + "before %d MB, peak live heap during the export %d MB (+%d MB), -Xmx %d MB%n", load(),
                EXPORT_ROWS, seconds, EXPORT_ROWS / seconds, bytes / 1e6, baseline >> 20, peakLive.get() >> 20,
                (peakLive.get() - baseline) >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void load(Connection owner, UUID tenant, int count) throws Exception {
        try (Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', false)");
            sql.execute("insert into agents (tenant_id, user_id, display_name, role, active, updated_at) "
                    + "select '" + tenant + "', md5('" + tenant + "agent' || k)::uuid, 'Agent ' || k, 'agent', true, "
                    + "now() from generate_series(0, 9) k on conflict do nothing");
        }
        try (PreparedStatement insert = owner.prepareStatement("""
                insert into leads (id, tenant_id, channel, chat_id, display_name, phone, language, goal, budget_min,
                    budget_max, currency, property_type, transaction, bedrooms, status, assigned_agent_id, score,
                    score_factors, last_activity_at, created_at, updated_at)
                select md5(?::text || g)::uuid, ?::uuid,
                    (array['telegram','whatsapp','webchat'])[1 + g % 3], 'chat-' || g, 'Lead ' || g,
                    '+9715' || lpad((g % 100000000)::text, 8, '0'), (array['fa','ar','en','ru'])[1 + g % 4],
                    (array['INVESTMENT','LIVING','RESIDENCY'])[1 + g % 3], 500000 + (g % 50) * 100000,
                    1000000 + (g % 50) * 100000, 'AED',
                    (array['APARTMENT','VILLA','TOWNHOUSE','PENTHOUSE'])[1 + g % 4], (array['BUY','RENT'])[1 + g % 2],
                    1 + g % 4,
                    (array['NEW','QUALIFIED','CONTACTED','VIEWING_SCHEDULED','NEGOTIATING','CLOSED_WON',
                           'CLOSED_LOST'])[1 + (g / 3) % 7],
                    md5(?::text || 'agent' || (g % 10))::uuid, (g * 37) % 101, '[]',
                    now() - make_interval(mins => g), now() - make_interval(mins => g), now()
                from generate_series(1, ?) g""")) {
            insert.setString(1, tenant.toString());
            insert.setString(2, tenant.toString());
            insert.setString(3, tenant.toString());
            insert.setInt(4, count);
            insert.executeUpdate();
        }
    }

    /** PostgreSQL's {@code md5(value)::uuid}. */
    private static UUID md5Uuid(String value) {
        try {
            String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                    + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH (load %s) %s: n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms%n", load(), name,
                sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
