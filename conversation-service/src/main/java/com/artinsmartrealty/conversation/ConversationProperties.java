package com.artinsmartrealty.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The conversation service's settings.
 *
 * @param sessionTtl      how long a chat's session stays in the Redis cache after its last message; a
 *                        user who writes after a longer pause is welcomed back (slots kept)
 * @param maxCallsPerTurn calls to other services one turn may make before the rest are dropped
 * @param defaultCurrency the currency of amounts that name none (ISO 4217)
 * @param sessionsInMemory how many chats' sessions this instance keeps in its own memory, in front of
 *                        Redis (0: none); about 7 KB each
 * @param sessionMemoryIdle how long a session stays in memory after its last message
 */
@ConfigurationProperties("conversation")
public record ConversationProperties(Duration sessionTtl, int maxCallsPerTurn, String defaultCurrency,
                                     Integer sessionsInMemory, Duration sessionMemoryIdle) {

    public ConversationProperties {
        sessionTtl = sessionTtl == null ? Duration.ofHours(24) : sessionTtl;
        sessionsInMemory = sessionsInMemory == null ? 10_000 : Math.max(0, sessionsInMemory);
        sessionMemoryIdle = sessionMemoryIdle == null ? Duration.ofMinutes(15) : sessionMemoryIdle;
        maxCallsPerTurn = maxCallsPerTurn <= 0 ? 6 : maxCallsPerTurn;
        defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? "AED" : defaultCurrency;
    }
}
