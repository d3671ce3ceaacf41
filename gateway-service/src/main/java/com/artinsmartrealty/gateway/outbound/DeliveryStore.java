package com.artinsmartrealty.gateway.outbound;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Delivery state per outbound message ({@code deliveries}) and per channel message it became
 * ({@code delivery_parts}), under row-level security. The message id is the idempotency key: a
 * redelivered record of a message already finished is not sent again.
 */
@Component
public class DeliveryStore {

    private static final int MAX_DETAIL = 500;

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final Clock clock;

    DeliveryStore(DatabaseClient database, TenantTransactions tenants, Clock clock) {
        this.database = database;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The message's state, recording it as pending when it is new. */
    Mono<State> begin(UUID tenantId, ReplyComposed reply) {
        return tenants.inTenant(tenantId, database.sql("insert into deliveries (tenant_id, message_id, channel, "
                        + "chat_id, status) values ($1, $2, $3, $4, 'pending') on conflict do nothing")
                .bind(0, tenantId)
                .bind(1, reply.messageId())
                .bind(2, reply.channel().wireName())
                .bind(3, reply.chatId())
                .fetch().rowsUpdated()
                .then(database.sql("select status, parts_sent, attempts from deliveries where message_id = $1")
                        .bind(0, reply.messageId())
                        .map(row -> new State(DeliveryStatus.of(row.get("status", String.class)),
                                row.get("parts_sent", Integer.class), row.get("attempts", Integer.class)))
                        .one()));
    }

    /** Counts another attempt. */
    Mono<Void> attempted(UUID tenantId, UUID messageId) {
        return tenants.inTenant(tenantId, database.sql("update deliveries set attempts = attempts + 1, "
                        + "updated_at = $2 where message_id = $1")
                .bind(0, messageId)
                .bind(1, now())
                .fetch().rowsUpdated()
                .then());
    }

    Mono<Void> partSent(UUID tenantId, ReplyComposed reply, int index, String channelMessageId, PartKind kind) {
        return recordPart(tenantId, reply.channel(), reply.messageId(), index, channelMessageId, kind);
    }

    /** Records that part {@code index} of a message was accepted by the channel as {@code channelMessageId}. */
    public Mono<Void> recordPart(UUID tenantId, Channel channel, UUID messageId, int index, String channelMessageId,
                                 PartKind kind) {
        OffsetDateTime now = now();
        return tenants.inTenant(tenantId, database.sql("insert into delivery_parts (tenant_id, channel, "
                        + "channel_message_id, message_id, part, kind, status, updated_at) "
                        + "values ($1, $2, $3, $4, $5, $6, 'sent', $7) on conflict do nothing")
                .bind(0, tenantId)
                .bind(1, channel.wireName())
                .bind(2, channelMessageId)
                .bind(3, messageId)
                .bind(4, index)
                .bind(5, kind.column())
                .bind(6, now)
                .fetch().rowsUpdated()
                .then(database.sql("update deliveries set parts_sent = greatest(parts_sent, $2), updated_at = $3 "
                                + "where message_id = $1")
                        .bind(0, messageId)
                        .bind(1, index + 1)
                        .bind(2, now)
                        .fetch().rowsUpdated())
                .then());
    }

    /** Sets the message's status, with the reason when it failed. */
    public Mono<Void> finish(UUID tenantId, UUID messageId, DeliveryStatus status, String errorCode, String detail) {
        return tenants.inTenant(tenantId, database.sql("update deliveries set status = $2, error_code = $3, "
                        + "error_detail = $4, updated_at = $5 where message_id = $1")
                .bind(0, messageId)
                .bind(1, status.column())
                .bind(2, Parameters.in(R2dbcType.VARCHAR, errorCode))
                .bind(3, Parameters.in(R2dbcType.VARCHAR, detail == null ? null
                        : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail))
                .bind(4, now())
                .fetch().rowsUpdated()
                .then());
    }

    /**
     * Applies a channel's report on one of its messages (sent, delivered, read, failed). Reports only
     * move forward (read is not undone by a late delivered; failed stands). Answers the part as it now
     * is, or empty when the channel message is not one of ours.
     */
    public Mono<PartReport> report(UUID tenantId, Channel channel, String channelMessageId, String status,
                                   String errorCode) {
        return tenants.inTenant(tenantId, database.sql("""
                        update delivery_parts p set status = $3, error_code = coalesce($4, p.error_code), updated_at = $5
                        where p.channel = $1 and p.channel_message_id = $2
                          and p.status <> 'failed'
                          and (case $3 when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 4 end)
                            > (case p.status when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 4 end)
                        returning p.message_id, p.kind, p.status""")
                .bind(0, channel.wireName())
                .bind(1, channelMessageId)
                .bind(2, status)
                .bind(3, Parameters.in(R2dbcType.VARCHAR, errorCode))
                .bind(4, now())
                .map(row -> new PartReport(row.get("message_id", UUID.class),
                        PartKind.of(row.get("kind", String.class)), row.get("status", String.class)))
                .one()
                .flatMap(part -> database.sql("select chat_id, status, parts_sent from deliveries where message_id = $1")
                        .bind(0, part.messageId())
                        .map(row -> part.withDelivery(row.get("chat_id", String.class),
                                DeliveryStatus.of(row.get("status", String.class)),
                                row.get("parts_sent", Integer.class)))
                        .one()));
    }

    public Mono<DeliveryView> find(UUID tenantId, UUID messageId) {
        Mono<DeliveryView> view = database.sql("select message_id, channel, chat_id, status, attempts, error_code, "
                        + "error_detail, created_at, updated_at from deliveries where message_id = $1")
                .bind(0, messageId)
                .map(row -> new DeliveryView(row.get("message_id", UUID.class), row.get("channel", String.class),
                        row.get("chat_id", String.class), row.get("status", String.class),
                        row.get("attempts", Integer.class), row.get("error_code", String.class),
                        row.get("error_detail", String.class), java.util.List.of(),
                        row.get("created_at", OffsetDateTime.class).toInstant(),
                        row.get("updated_at", OffsetDateTime.class).toInstant()))
                .one()
                .flatMap(delivery -> database.sql("select part, channel_message_id, kind, status, error_code, "
                                + "updated_at from delivery_parts where message_id = $1 order by part")
                        .bind(0, messageId)
                        .map(row -> new DeliveryView.Part(row.get("part", Integer.class),
                                row.get("channel_message_id", String.class), row.get("kind", String.class),
                                row.get("status", String.class), row.get("error_code", String.class),
                                row.get("updated_at", OffsetDateTime.class).toInstant()))
                        .all()
                        .collectList()
                        .map(parts -> new DeliveryView(delivery.messageId(), delivery.channel(), delivery.chatId(),
                                delivery.status(), delivery.attempts(), delivery.errorCode(), delivery.errorDetail(),
                                parts, delivery.createdAt(), delivery.updatedAt())));
        return tenants.inTenant(tenantId, view);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A message's state when a record of it arrives. */
    record State(DeliveryStatus status, int partsSent, int attempts) {
    }

    /**
     * A channel message of ours after a report on it.
     *
     * @param chatId         the chat of its delivery
     * @param deliveryStatus the status of its delivery
     * @param partsSent      how many parts the delivery has so far
     */
    public record PartReport(UUID messageId, PartKind kind, String status, String chatId,
                             DeliveryStatus deliveryStatus, int partsSent) {

        PartReport(UUID messageId, PartKind kind, String status) {
            this(messageId, kind, status, null, null, 0);
        }

        PartReport withDelivery(String chat, DeliveryStatus delivery, int parts) {
            return new PartReport(messageId, kind, status, chat, delivery, parts);
        }
    }
}
