package com.artinsmartrealty.gateway.outbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How replies are delivered.
 *
 * @param attempts          tries per message on transient errors before it is dead-lettered
 * @param firstBackoff      wait after the first transient error; doubles each time, with jitter
 * @param maxBackoff        the longest wait between transient retries
 * @param maxRetryAfter     the longest wait a channel may ask for (429 {@code retry_after}); a longer
 *                          one dead-letters the message instead of holding its chat
 * @param maxRetryAfterWaits how many times one message waits for {@code retry_after}
 * @param telegramPerChat   Telegram's pace in one chat (about one message a second)
 * @param telegramPerBot    Telegram's pace per bot (about 30 messages a second)
 * @param whatsappPerNumber Cloud API throughput per business number (80 messages a second by default)
 * @param whatsappPerUser   the pair rate from one business number to one user
 */
@ConfigurationProperties("gateway.outbound")
public record OutboundProperties(int attempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter,
                                 int maxRetryAfterWaits, Pace telegramPerChat, Pace telegramPerBot,
                                 Pace whatsappPerNumber, Pace whatsappPerUser) {

    public OutboundProperties {
        attempts = attempts <= 0 ? 5 : attempts;
        firstBackoff = firstBackoff == null ? Duration.ofSeconds(1) : firstBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(1) : maxBackoff;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofHours(1) : maxRetryAfter;
        maxRetryAfterWaits = maxRetryAfterWaits <= 0 ? 10 : maxRetryAfterWaits;
        telegramPerChat = telegramPerChat == null ? new Pace(Duration.ofSeconds(1), 3) : telegramPerChat;
        telegramPerBot = telegramPerBot == null ? Pace.perSecond(30) : telegramPerBot;
        whatsappPerNumber = whatsappPerNumber == null ? Pace.perSecond(80) : whatsappPerNumber;
        whatsappPerUser = whatsappPerUser == null ? new Pace(Duration.ofSeconds(6), 45) : whatsappPerUser;
    }
}
