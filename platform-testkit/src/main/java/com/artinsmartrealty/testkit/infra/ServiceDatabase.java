package com.artinsmartrealty.testkit.infra;

/**
 * One service's slice of the platform database: its schema, the owner role that migrates it and the
 * application role the service connects as at run time (no superuser, no BYPASSRLS, not the owner).
 */
public record ServiceDatabase(PostgresLocation location, String schema, String ownerRole, String ownerPassword,
                              String appRole, String appPassword) {
}
