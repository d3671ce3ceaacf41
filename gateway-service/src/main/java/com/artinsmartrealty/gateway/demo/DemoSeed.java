package com.artinsmartrealty.gateway.demo;

import com.artinsmartrealty.gateway.auth.PasswordHasher;
import com.artinsmartrealty.gateway.outbox.Outbox;
import com.artinsmartrealty.gateway.telegram.TelegramBots;
import com.artinsmartrealty.gateway.tenants.ChannelSettingsStore;
import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import com.artinsmartrealty.gateway.users.Users;
import com.artinsmartrealty.platform.demo.DemoAgency;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the demo agency's logins and channels at start, when the demo tenant exists: the admin, two
 * agents and the platform owner with the launcher's password (hashed here), and the Telegram bot and
 * WhatsApp number from the environment (encrypted here). Runs before the gateway reports itself ready,
 * and again at every start, so a changed password or token takes effect.
 */
@Component
class DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final DemoProperties demo;
    private final TenantDirectory directory;
    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final PasswordHasher passwords;
    private final Users users;
    private final Outbox outbox;
    private final ChannelSettingsStore channels;
    private final TelegramBots bots;

    DemoSeed(DemoProperties demo, TenantDirectory directory, DatabaseClient database, TenantTransactions tenants,
             PasswordHasher passwords, Users users, Outbox outbox, ChannelSettingsStore channels, TelegramBots bots) {
        this.demo = demo;
        this.directory = directory;
        this.database = database;
        this.tenants = tenants;
        this.passwords = passwords;
        this.users = users;
        this.outbox = outbox;
        this.channels = channels;
        this.bots = bots;
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        directory.byId(DemoAgency.TENANT_ID)
                .flatMap(tenant -> seedUsers().then(seedTelegram()).then(seedWhatsApp()).thenReturn(tenant))
                .doOnNext(tenant -> log.info("Demo agency seeded"))
                .block(TIMEOUT);
    }

    private Mono<Void> seedUsers() {
        if (!DemoProperties.present(demo.password())) {
            return Mono.empty();
        }
        record Login(UUID id, String email, Role role, String name) {
        }
        List<Login> logins = List.of(
                new Login(DemoAgency.ADMIN_ID, DemoAgency.ADMIN_EMAIL, Role.TENANT_ADMIN, "Demo Admin"),
                new Login(DemoAgency.AGENT1_ID, DemoAgency.AGENT1_EMAIL, Role.AGENT, "Layla Haddad"),
                new Login(DemoAgency.AGENT2_ID, DemoAgency.AGENT2_EMAIL, Role.AGENT, "Omid Karimi"));
        return passwords.hash(demo.password()).flatMap(hash -> tenants.inTenant(DemoAgency.TENANT_ID,
                        Flux.fromIterable(logins).concatMap(login -> upsert(login.id(), login.email(), hash,
                                login.role(), login.name())).then())
                .then(database.sql("select upsert_platform_owner($1, $2, $3, $4)")
                        .bind(0, DemoAgency.OWNER_ID)
                        .bind(1, DemoAgency.OWNER_EMAIL)
                        .bind(2, hash)
                        .bind(3, "Platform Owner")
                        .fetch().rowsUpdated().then()))
                .doOnSuccess(done -> outbox.committed());
    }

    /** Inserts or refreshes a demo user; a new one is announced with {@code UserUpserted}. */
    private Mono<Void> upsert(UUID id, String email, String hash, Role role, String name) {
        return database.sql("update users set password_hash = $2, active = true, updated_at = now() where id = $1")
                .bind(0, id)
                .bind(1, hash)
                .fetch().rowsUpdated()
                .flatMap(updated -> updated > 0 ? Mono.empty()
                        : users.insertWithEventAs(id, DemoAgency.TENANT_ID, email, hash, role, name).then());
    }

    private Mono<Void> seedTelegram() {
        if (!DemoProperties.present(demo.telegramBotToken()) || !DemoProperties.present(demo.telegramWebhookSecret())) {
            return Mono.empty();
        }
        return channels.saveTelegram(new TelegramSettings(DemoAgency.TENANT_ID, demo.telegramBotToken().strip(),
                        demo.telegramWebhookSecret().strip(), null))
                .then(bots.connect(DemoAgency.TENANT_ID).onErrorResume(error -> {
                    log.warn("The demo bot could not be connected: {}", error.getMessage());
                    return Mono.empty();
                }));
    }

    private Mono<Void> seedWhatsApp() {
        if (!DemoProperties.present(demo.whatsappPhoneNumberId()) || !DemoProperties.present(demo.whatsappAccessToken())) {
            return Mono.empty();
        }
        boolean template = DemoProperties.present(demo.whatsappTemplateName())
                && DemoProperties.present(demo.whatsappTemplateLanguage());
        return channels.saveWhatsApp(new WhatsAppSettings(DemoAgency.TENANT_ID, demo.whatsappPhoneNumberId().strip(),
                demo.whatsappAccessToken().strip(), null, template ? demo.whatsappTemplateName() : null,
                template ? demo.whatsappTemplateLanguage() : null));
    }
}
