package com.artinsmartrealty.gateway.outbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An outbound message's delivery as the dashboard sees it.
 *
 * @param status    {@link DeliveryStatus} in lower case
 * @param parts     the channel messages it became, with the channel's latest report on each
 */
public record DeliveryView(UUID messageId, String channel, String chatId, String status, int attempts,
                           String errorCode, String errorDetail, List<Part> parts, Instant createdAt,
                           Instant updatedAt) {

    public DeliveryView {
        parts = List.copyOf(parts);
    }

    /**
     * One channel message.
     *
     * @param status {@code sent}, {@code delivered}, {@code read} or {@code failed}
     */
    public record Part(int index, String channelMessageId, String kind, String status, String errorCode,
                       Instant updatedAt) {
    }
}
