package com.artinsmartrealty.testkit.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** A real PostgreSQL server from the embedded binaries, with the platform's database created in it. */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "artin";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server; a non-null data directory is kept between runs. */
    static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(FreePorts.next())
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    .setServerConfig("synchronous_commit", dataDirectory == null ? "off" : "on")
                    .setServerConfig("full_page_writes", dataDirectory == null ? "off" : "on")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.createPlatformDatabase();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private void createPlatformDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            var exists = connection.createStatement()
                    .executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    /** The admin URL in the form {@code DATABASE_URL} takes. */
    PostgresLocation location() {
        return new PostgresLocation("localhost", postgres.getPort(), DATABASE, SUPERUSER, "postgres");
    }

    Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(location().jdbcUrl(), SUPERUSER, "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
