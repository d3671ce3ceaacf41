package com.artinsmartrealty.gateway.tenants;

import com.artinsmartrealty.gateway.secrets.SecretCipher;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Writes a tenant's channel settings, secrets encrypted ({@link SecretCipher}) and bound to the
 * tenant, and makes {@link TenantDirectory} forget what it cached.
 */
@Component
public class ChannelSettingsStore {

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final SecretCipher cipher;
    private final TenantDirectory directory;
    private final Clock clock;

    ChannelSettingsStore(DatabaseClient database, TenantTransactions tenants, SecretCipher cipher,
                         TenantDirectory directory, Clock clock) {
        this.database = database;
        this.tenants = tenants;
        this.cipher = cipher;
        this.directory = directory;
        this.clock = clock;
    }

    public Mono<Void> saveTelegram(TelegramSettings settings) {
        UUID tenantId = settings.tenantId();
        return tenants.inTenant(tenantId, database.sql("""
                        insert into telegram_settings (tenant_id, bot_token_enc, webhook_secret_enc, bot_username, updated_at)
                        values ($1, $2, $3, $4, $5)
                        on conflict (tenant_id) do update set bot_token_enc = excluded.bot_token_enc,
                            webhook_secret_enc = excluded.webhook_secret_enc, bot_username = excluded.bot_username,
                            updated_at = excluded.updated_at""")
                        .bind(0, tenantId)
                        .bind(1, cipher.seal(settings.botToken(), SecretContexts.telegramBotToken(tenantId)))
                        .bind(2, cipher.seal(settings.webhookSecret(), SecretContexts.telegramWebhookSecret(tenantId)))
                        .bind(3, Parameters.in(R2dbcType.VARCHAR, settings.botUsername()))
                        .bind(4, now())
                        .fetch().rowsUpdated()
                        .then())
                .doOnSuccess(done -> directory.evict(tenantId));
    }

    public Mono<Void> deleteTelegram(UUID tenantId) {
        return tenants.inTenant(tenantId, database.sql("delete from telegram_settings where tenant_id = $1")
                        .bind(0, tenantId).fetch().rowsUpdated().then())
                .doOnSuccess(done -> directory.evict(tenantId));
    }

    /** Saves the number's settings; 409 when another tenant has the number. */
    public Mono<Void> saveWhatsApp(WhatsAppSettings settings) {
        UUID tenantId = settings.tenantId();
        return tenants.inTenant(tenantId, database.sql("""
                        insert into whatsapp_settings (tenant_id, phone_number_id, access_token_enc, app_secret_enc,
                            template_name, template_language, updated_at)
                        values ($1, $2, $3, $4, $5, $6, $7)
                        on conflict (tenant_id) do update set phone_number_id = excluded.phone_number_id,
                            access_token_enc = excluded.access_token_enc, app_secret_enc = excluded.app_secret_enc,
                            template_name = excluded.template_name, template_language = excluded.template_language,
                            updated_at = excluded.updated_at""")
                        .bind(0, tenantId)
                        .bind(1, settings.phoneNumberId())
                        .bind(2, cipher.seal(settings.accessToken(), SecretContexts.whatsappAccessToken(tenantId)))
                        .bind(3, Parameters.in(R2dbcType.VARCHAR, settings.appSecret() == null ? null
                                : cipher.seal(settings.appSecret(), SecretContexts.whatsappAppSecret(tenantId))))
                        .bind(4, Parameters.in(R2dbcType.VARCHAR, settings.templateName()))
                        .bind(5, Parameters.in(R2dbcType.VARCHAR, settings.templateLanguage()))
                        .bind(6, now())
                        .fetch().rowsUpdated()
                        .then())
                .onErrorMap(DataIntegrityViolationException.class, e -> new ResponseStatusException(
                        HttpStatus.CONFLICT, "this WhatsApp number belongs to another agency"))
                .doOnSuccess(done -> directory.evict(tenantId));
    }

    public Mono<Void> deleteWhatsApp(UUID tenantId) {
        return tenants.inTenant(tenantId, database.sql("delete from whatsapp_settings where tenant_id = $1")
                        .bind(0, tenantId).fetch().rowsUpdated().then())
                .doOnSuccess(done -> directory.evict(tenantId));
    }

    public Mono<Void> saveWebChat(UUID tenantId, List<String> allowedOrigins) {
        return tenants.inTenant(tenantId, database.sql("""
                        insert into webchat_settings (tenant_id, allowed_origins, updated_at) values ($1, $2, $3)
                        on conflict (tenant_id) do update set allowed_origins = excluded.allowed_origins,
                            updated_at = excluded.updated_at""")
                        .bind(0, tenantId)
                        .bind(1, allowedOrigins.toArray(String[]::new))
                        .bind(2, now())
                        .fetch().rowsUpdated()
                        .then())
                .doOnSuccess(done -> directory.evict(tenantId));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
