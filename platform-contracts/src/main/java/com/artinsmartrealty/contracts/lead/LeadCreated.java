package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * A new person started talking to a tenant's bot.
 *
 * @param source the deep-link payload or campaign the lead came from, or null
 */
public record LeadCreated(UUID leadId, Channel channel, String chatId, String displayName, String language,
                          String source) implements EventPayload {

    public LeadCreated {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(language, "language");
    }
}
