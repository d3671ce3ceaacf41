package com.artinsmartrealty.gateway.tenants;

import com.artinsmartrealty.gateway.secrets.SecretCipher;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finds tenants and their channel settings, secrets decrypted. Webhooks and the edge hit this on
 * every call, so answers (absent ones too) are cached in bounded caches for {@link #TTL}; a change
 * made on this instance is seen at once ({@link #evict}), on others within {@link #TTL}.
 */
@Component
public class TenantDirectory {

    static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final SecretCipher cipher;
    private final AsyncCache<String, Optional<Tenant>> bySlug = cache();
    private final AsyncCache<UUID, Optional<Tenant>> byId = cache();
    private final AsyncCache<UUID, Optional<TelegramSettings>> telegram = cache();
    private final AsyncCache<UUID, Optional<WhatsAppSettings>> whatsapp = cache();
    private final AsyncCache<String, Optional<UUID>> whatsappNumbers = cache();
    private final AsyncCache<UUID, Optional<WebChatSettings>> webchat = cache();

    TenantDirectory(DatabaseClient database, TenantTransactions tenants, SecretCipher cipher) {
        this.database = database;
        this.tenants = tenants;
        this.cipher = cipher;
    }

    /** The tenant with this slug, or empty. */
    public Mono<Tenant> bySlug(String slug) {
        return cached(bySlug, slug, key -> database.sql(TenantRows.SELECT + " where slug = $1").bind(0, key)
                .map(TenantRows::tenant).one());
    }

    /** The tenant with this id, or empty. */
    public Mono<Tenant> byId(UUID id) {
        return cached(byId, id, key -> database.sql(TenantRows.SELECT + " where id = $1").bind(0, key)
                .map(TenantRows::tenant).one());
    }

    /** The tenant's Telegram bot, or empty when it has none. */
    public Mono<TelegramSettings> telegram(UUID tenantId) {
        return cached(telegram, tenantId, key -> tenants.inTenant(key, database
                .sql("select bot_token_enc, webhook_secret_enc, bot_username from telegram_settings "
                        + "where tenant_id = $1")
                .bind(0, key)
                .map(row -> new TelegramSettings(key,
                        cipher.open(row.get("bot_token_enc", String.class), SecretContexts.telegramBotToken(key)),
                        cipher.open(row.get("webhook_secret_enc", String.class),
                                SecretContexts.telegramWebhookSecret(key)),
                        row.get("bot_username", String.class)))
                .one()));
    }

    /** The tenant's WhatsApp number, or empty when it has none. */
    public Mono<WhatsAppSettings> whatsapp(UUID tenantId) {
        return cached(whatsapp, tenantId, key -> tenants.inTenant(key, database
                .sql("select phone_number_id, access_token_enc, app_secret_enc, template_name, template_language "
                        + "from whatsapp_settings where tenant_id = $1")
                .bind(0, key)
                .map(row -> whatsappSettings(key, row))
                .one()));
    }

    /** The tenant that owns a WhatsApp business phone number id, or empty. */
    public Mono<UUID> whatsappTenant(String phoneNumberId) {
        return cached(whatsappNumbers, phoneNumberId, key -> database
                .sql("select whatsapp_number_tenant($1) as tenant_id")
                .bind(0, key)
                .map(row -> Optional.ofNullable(row.get("tenant_id", UUID.class)))
                .one()
                .flatMap(Mono::justOrEmpty));
    }

    /** Where the tenant's web chat may be embedded; no settings means no browser origin. */
    public Mono<WebChatSettings> webchat(UUID tenantId) {
        return cached(webchat, tenantId, key -> tenants.inTenant(key, database
                        .sql("select allowed_origins from webchat_settings where tenant_id = $1")
                        .bind(0, key)
                        .map(row -> new WebChatSettings(key, Arrays.asList(row.get("allowed_origins", String[].class))))
                        .one()))
                .defaultIfEmpty(new WebChatSettings(tenantId, List.of()));
    }

    /** Active tenants that have a Telegram bot. */
    public Flux<UUID> telegramBotTenants() {
        return database.sql("select telegram_bot_tenants() as tenant_id")
                .map(row -> row.get("tenant_id", UUID.class))
                .all();
    }

    /** Forgets cached answers about a tenant, after its settings or status changed. */
    public void evict(UUID tenantId) {
        telegram.synchronous().invalidate(tenantId);
        whatsapp.synchronous().invalidate(tenantId);
        webchat.synchronous().invalidate(tenantId);
        byId.synchronous().invalidate(tenantId);
        bySlug.synchronous().invalidateAll();
        whatsappNumbers.synchronous().invalidateAll();
    }

    private WhatsAppSettings whatsappSettings(UUID tenantId, Readable row) {
        String appSecret = row.get("app_secret_enc", String.class);
        return new WhatsAppSettings(tenantId, row.get("phone_number_id", String.class),
                cipher.open(row.get("access_token_enc", String.class), SecretContexts.whatsappAccessToken(tenantId)),
                appSecret == null ? null : cipher.open(appSecret, SecretContexts.whatsappAppSecret(tenantId)),
                row.get("template_name", String.class), row.get("template_language", String.class));
    }

    private static <K, V> Mono<V> cached(AsyncCache<K, Optional<V>> cache, K key, Function<K, Mono<V>> load) {
        return Mono.fromFuture(() -> cache.get(key, (k, executor) -> load.apply(k).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()).toFuture()), true)
                .flatMap(Mono::justOrEmpty);
    }

    private static <K, V> AsyncCache<K, V> cache() {
        return Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(TTL).buildAsync();
    }

    /** Reads {@code tenants} rows. */
    static final class TenantRows {

        static final String SELECT = "select id, slug, name, status, plan, monthly_price_minor, currency, time_zone, "
                + "created_at from tenants";

        private TenantRows() {
        }

        static Tenant tenant(Readable row) {
            OffsetDateTime created = row.get("created_at", OffsetDateTime.class);
            return new Tenant(row.get("id", UUID.class), row.get("slug", String.class), row.get("name", String.class),
                    row.get("status", String.class), row.get("plan", String.class),
                    row.get("monthly_price_minor", Long.class), row.get("currency", String.class),
                    row.get("time_zone", String.class), created == null ? Instant.EPOCH : created.toInstant());
        }
    }
}
