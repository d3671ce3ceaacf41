package com.artinsmartrealty.conversation.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the conversation service calls ai-, lead- and scheduling-service. Every call has its own
 * timeout; a service that keeps failing is skipped for a while (circuit breaker), and the conversation
 * falls back instead of waiting.
 *
 * @param maxConnections  HTTP connections per service; one per call in flight (1,000 chats waiting on
 *                        the language model need as many)
 * @param failureRate     per cent of failed calls, over the last {@code window} calls, that opens a
 *                        service's circuit
 * @param openFor         how long an open circuit skips the service before trying it again
 */
@ConfigurationProperties("conversation.remote")
public record RemoteProperties(Duration understandTimeout, Duration replyTimeout, Duration transcribeTimeout,
                               Duration visionTimeout, Duration matchesTimeout, Duration slotsTimeout,
                               Duration bookingTimeout, int maxConnections, int failureRate, int window,
                               Duration openFor) {

    public RemoteProperties {
        understandTimeout = orDefault(understandTimeout, Duration.ofSeconds(6));
        replyTimeout = orDefault(replyTimeout, Duration.ofSeconds(10));
        transcribeTimeout = orDefault(transcribeTimeout, Duration.ofSeconds(20));
        visionTimeout = orDefault(visionTimeout, Duration.ofSeconds(20));
        matchesTimeout = orDefault(matchesTimeout, Duration.ofSeconds(5));
        slotsTimeout = orDefault(slotsTimeout, Duration.ofSeconds(5));
        bookingTimeout = orDefault(bookingTimeout, Duration.ofSeconds(8));
        maxConnections = maxConnections <= 0 ? 2_048 : maxConnections;
        failureRate = failureRate <= 0 || failureRate > 100 ? 50 : failureRate;
        window = window <= 0 ? 50 : window;
        openFor = orDefault(openFor, Duration.ofSeconds(10));
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
