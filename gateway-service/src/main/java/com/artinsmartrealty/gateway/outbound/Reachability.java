package com.artinsmartrealty.gateway.outbound;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Chats the platform must not write to: the user blocked the bot (Telegram answers 403, or reports
 * {@code my_chat_member} "kicked"). Nothing is sent to them until the user comes back.
 */
@Component
public class Reachability {

    private static final Logger log = LoggerFactory.getLogger(Reachability.class);

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final Clock clock;

    Reachability(DatabaseClient database, TenantTransactions tenants, Clock clock) {
        this.database = database;
        this.tenants = tenants;
        this.clock = clock;
    }

    public Mono<Boolean> unreachable(UUID tenantId, Channel channel, String chatId) {
        return tenants.inTenant(tenantId, database.sql("select 1 from unreachable_chats where channel = $1 "
                        + "and chat_id = $2")
                .bind(0, channel.wireName())
                .bind(1, chatId)
                .map(row -> true)
                .one()
                .hasElement());
    }

    public Mono<Void> markUnreachable(UUID tenantId, Channel channel, String chatId, String reason) {
        return tenants.inTenant(tenantId, database.sql("insert into unreachable_chats (tenant_id, channel, chat_id, "
                        + "reason, since) values ($1, $2, $3, $4, $5) on conflict do nothing")
                .bind(0, tenantId)
                .bind(1, channel.wireName())
                .bind(2, chatId)
                .bind(3, reason)
                .bind(4, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .doOnNext(added -> {
                    if (added > 0) {
                        log.info("Chat marked unreachable on {}: {}", channel.wireName(), reason);
                    }
                })
                .then());
    }

    public Mono<Void> markReachable(UUID tenantId, Channel channel, String chatId) {
        return tenants.inTenant(tenantId, database.sql("delete from unreachable_chats where channel = $1 "
                        + "and chat_id = $2")
                .bind(0, channel.wireName())
                .bind(1, chatId)
                .fetch().rowsUpdated()
                .then());
    }
}
