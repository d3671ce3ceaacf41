package com.artinsmartrealty.testkit.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates a service's schema and its two roles, as a role allowed to. In production the same
 * statements run once from {@code deploy/postgres/bootstrap.sql} with real passwords.
 */
final class ServiceDatabaseProvisioner {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final PostgresLocation location;
    private final String rolePassword;

    ServiceDatabaseProvisioner(PostgresLocation location, String rolePassword) {
        this.location = location;
        this.rolePassword = rolePassword;
    }

    synchronized ServiceDatabase provision(String schema) {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        ServiceDatabase database = new ServiceDatabase(location, schema,
                schema + "_owner", passwordFor(schema + "_owner"),
                schema + "_app", passwordFor(schema + "_app"));
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.adminUser(),
                location.adminPassword()); Statement sql = connection.createStatement()) {
            ensureRole(sql, database.ownerRole(), database.ownerPassword());
            ensureRole(sql, database.appRole(), database.appPassword());
            sql.execute("grant connect on database \"" + location.database() + "\" to "
                    + database.ownerRole() + ", " + database.appRole());
            sql.execute("create schema if not exists " + schema + " authorization " + database.ownerRole());
            // Lets the owner's migrations create trusted extensions (btree_gist) in its schema.
            sql.execute("grant create on database \"" + location.database() + "\" to " + database.ownerRole());
            // Lets the owner's migrations grant on its objects to the application role.
            sql.execute("grant " + database.appRole() + " to " + database.ownerRole());
        } catch (SQLException e) {
            throw new IllegalStateException("could not provision schema " + schema + ": " + e.getMessage(), e);
        }
        return database;
    }

    private String passwordFor(String role) {
        return rolePassword != null ? rolePassword : "local-" + role;
    }

    private static void ensureRole(Statement sql, String role, String password) throws SQLException {
        String attributes = " login nosuperuser nobypassrls nocreatedb nocreaterole password '"
                + password.replace("'", "''") + "'";
        try {
            sql.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then "
                    + "create role " + role + attributes + "; end if; end $$");
        } catch (SQLException e) {
            if (!"42710".equals(e.getSQLState())) {
                throw e;
            }
        }
        sql.execute("alter role " + role + attributes);
    }
}
