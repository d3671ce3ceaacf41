package com.artinsmartrealty.lead.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;

/** Binding values that may be null, and statements built from optional conditions. */
public final class SqlBinds {

    private SqlBinds() {
    }

    /** Binds {@code value}, or a typed null. Instants are bound as {@code timestamptz}. */
    public static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, int index,
                                                         Object value, Class<?> type) {
        if (value == null) {
            return spec.bindNull(index, type == Instant.class ? OffsetDateTime.class : type);
        }
        if (value instanceof Instant instant) {
            return spec.bind(index, instant.atOffset(ZoneOffset.UTC));
        }
        return spec.bind(index, value);
    }

    /** Binds non-null values in order, from {@code $1}. */
    public static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            spec = bind(spec, i, values.get(i), Object.class);
        }
        return spec;
    }

    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
