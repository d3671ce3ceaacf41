package com.artinsmartrealty.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The conversation service's settings.
 *
 * @param sessionTtl how long a chat's session stays in the Redis cache after its last message
 */
@ConfigurationProperties("conversation")
public record ConversationProperties(Duration sessionTtl) {

    public ConversationProperties {
        sessionTtl = sessionTtl == null ? Duration.ofHours(24) : sessionTtl;
    }
}
