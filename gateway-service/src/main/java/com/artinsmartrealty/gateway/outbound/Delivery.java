package com.artinsmartrealty.gateway.outbound;

import com.artinsmartrealty.contracts.chat.ReplyComposed;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * One reply on its way, as a sender sees it. A reply may need several channel messages (long text,
 * documents); the sender skips the parts an earlier attempt already got through
 * ({@link #partsSent()}) and reports each new one ({@link #partSent}), so a retry never repeats a
 * message the user already has.
 */
public final class Delivery {

    private final UUID tenantId;
    private final ReplyComposed reply;
    private final DeliveryStore store;
    private final AtomicInteger partsSent;

    Delivery(UUID tenantId, ReplyComposed reply, DeliveryStore store, int partsSent) {
        this.tenantId = tenantId;
        this.reply = reply;
        this.store = store;
        this.partsSent = new AtomicInteger(partsSent);
    }

    public UUID tenantId() {
        return tenantId;
    }

    public ReplyComposed reply() {
        return reply;
    }

    /** Parts of this reply the channel accepted in earlier attempts. */
    public int partsSent() {
        return partsSent.get();
    }

    /** Records that part {@code index} (0-based) was accepted under the channel's {@code channelMessageId}. */
    public Mono<Void> partSent(int index, String channelMessageId, PartKind kind) {
        return store.partSent(tenantId, reply, index, channelMessageId, kind)
                .doOnSuccess(done -> partsSent.accumulateAndGet(index + 1, Math::max));
    }
}
