package com.artinsmartrealty.gateway.tenants;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds tenants and their channel settings. Webhooks hit this on every call, so answers are cached
 * for a short while; a change is seen within {@link #TTL}.
 */
@Component
public class TenantDirectory {

    static final Duration TTL = Duration.ofSeconds(30);

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final Map<String, Mono<Tenant>> bySlug = new ConcurrentHashMap<>();
    private final Map<UUID, Mono<TelegramSettings>> telegram = new ConcurrentHashMap<>();

    TenantDirectory(DatabaseClient database, TenantTransactions tenants) {
        this.database = database;
        this.tenants = tenants;
    }

    /** The tenant with this slug, or empty. */
    public Mono<Tenant> bySlug(String slug) {
        return bySlug.computeIfAbsent(slug, key -> database
                .sql("select id, slug, name, status, time_zone from tenants where slug = $1")
                .bind(0, key)
                .map(row -> new Tenant(row.get("id", UUID.class), row.get("slug", String.class),
                        row.get("name", String.class), row.get("status", String.class),
                        row.get("time_zone", String.class)))
                .one()
                .cache(found -> TTL, error -> Duration.ZERO, () -> TTL));
    }

    /** The tenant's Telegram bot, or empty when it has none. */
    public Mono<TelegramSettings> telegram(UUID tenantId) {
        return telegram.computeIfAbsent(tenantId, key -> tenants.inTenant(key, database
                        .sql("select bot_token, webhook_secret from telegram_settings where tenant_id = $1")
                        .bind(0, key)
                        .map(row -> new TelegramSettings(key, row.get("bot_token", String.class),
                                row.get("webhook_secret", String.class)))
                        .one())
                .cache(found -> TTL, error -> Duration.ZERO, () -> TTL));
    }

    /** Forgets cached answers, after the settings changed. */
    public void evict(UUID tenantId) {
        telegram.remove(tenantId);
        bySlug.clear();
    }
}
