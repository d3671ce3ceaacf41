package com.artinsmartrealty.gateway.media;

import com.artinsmartrealty.contracts.api.media.MediaRefs;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Files received from channels, in PostgreSQL under row-level security. Records carry
 * {@code media:<tenantId>/<id>}; the bytes are served to other services by {@link MediaController}.
 * A file is stored once per channel file ({@code source}), however often it is fetched.
 */
@Component
public class MediaStore {

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final Clock clock;

    MediaStore(DatabaseClient database, TenantTransactions tenants, Clock clock) {
        this.database = database;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Stores a file and answers its reference; a file already stored from the same {@code source}
     * keeps its first reference.
     */
    public Mono<MediaRef> store(UUID tenantId, String source, StoredFile file) {
        UUID id = UUID.randomUUID();
        Mono<MediaRef> work = database.sql("insert into media (tenant_id, id, source, mime_type, file_name, size_bytes, "
                        + "sha256, content, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                        + "on conflict (tenant_id, source) where source is not null do nothing")
                .bind(0, tenantId)
                .bind(1, id)
                .bind(2, io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.VARCHAR, source))
                .bind(3, file.mimeType())
                .bind(4, io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.VARCHAR, file.fileName()))
                .bind(5, (long) file.content().length)
                .bind(6, sha256(file.content()))
                .bind(7, file.content())
                .bind(8, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 1 ? Mono.just(ref(tenantId, id, file.mimeType(),
                        file.content().length, file.fileName())) : source == null ? Mono.empty()
                        : bySourceInTransaction(tenantId, source));
        return tenants.inTenant(tenantId, work);
    }

    /** The reference of a file already stored from {@code source}, or empty. */
    public Mono<MediaRef> bySource(UUID tenantId, String source) {
        return tenants.inTenant(tenantId, bySourceInTransaction(tenantId, source));
    }

    /** The file behind a {@code media:} reference of this tenant, or empty (another tenant's included). */
    public Mono<StoredFile> load(UUID tenantId, String ref) {
        Optional<UUID> id = idOf(tenantId, ref);
        if (id.isEmpty()) {
            return Mono.empty();
        }
        return tenants.inTenant(tenantId, database.sql("select mime_type, file_name, content from media where id = $1")
                .bind(0, id.get())
                .map(row -> new StoredFile(bytes(row.get("content")), row.get("mime_type", String.class),
                        row.get("file_name", String.class)))
                .one());
    }

    /** Deletes files older than the retention period, across tenants. */
    Mono<Long> purgeOlderThan(OffsetDateTime before) {
        return database.sql("select purge_media($1) as purged")
                .bind(0, before)
                .map(row -> row.get("purged", Long.class))
                .one();
    }

    private Mono<MediaRef> bySourceInTransaction(UUID tenantId, String source) {
        return database.sql("select id, mime_type, size_bytes, file_name from media where source = $1")
                .bind(0, source)
                .map(row -> ref(tenantId, row.get("id", UUID.class), row.get("mime_type", String.class),
                        row.get("size_bytes", Long.class), row.get("file_name", String.class)))
                .one();
    }

    static MediaRef ref(UUID tenantId, UUID id, String mimeType, long size, String fileName) {
        return new MediaRef(MediaRefs.STORED + tenantId + "/" + id, mimeType, size, fileName);
    }

    /** The id in {@code media:<tenantId>/<id>} when the tenant matches; empty otherwise. */
    static Optional<UUID> idOf(UUID tenantId, String ref) {
        String prefix = MediaRefs.STORED + tenantId + "/";
        if (ref == null || !ref.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(ref.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] array) {
            return array;
        }
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] array = new byte[buffer.remaining()];
        buffer.get(array);
        return array;
    }
}
