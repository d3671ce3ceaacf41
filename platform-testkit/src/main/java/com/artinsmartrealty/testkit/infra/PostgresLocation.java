package com.artinsmartrealty.testkit.infra;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the platform's PostgreSQL database is, with credentials allowed to create roles and schemas.
 * Read from {@code DATABASE_URL} as {@code postgresql://user:password@host:port/database}.
 */
public record PostgresLocation(String host, int port, String database, String adminUser, String adminPassword) {

    public static PostgresLocation parse(String url) {
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must be postgresql://user:password@host:port/database");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || !userInfo.contains(":")) {
            throw new IllegalArgumentException("DATABASE_URL must carry user:password of a role that may create roles");
        }
        String[] credentials = userInfo.split(":", 2);
        String database = uri.getPath() == null || uri.getPath().length() < 2 ? "postgres" : uri.getPath().substring(1);
        return new PostgresLocation(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database,
                URLDecoder.decode(credentials[0], StandardCharsets.UTF_8),
                URLDecoder.decode(credentials[1], StandardCharsets.UTF_8));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl(String schema) {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database + "?schema=" + schema;
    }
}
