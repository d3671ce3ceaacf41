package com.artinsmartrealty.gateway.webchat;

import com.artinsmartrealty.gateway.GatewayProperties;
import java.time.Duration;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web chat sessions and transcripts in Redis. A new line is appended to the transcript and
 * published on the session's channel, so the server-sent event stream works whichever gateway
 * instance the visitor is connected to.
 */
@Component
class WebChatStore {

    private final ReactiveStringRedisTemplate redis;
    private final ReactiveRedisMessageListenerContainer listener;
    private final JsonMapper json;
    private final Duration ttl;
    private final int transcriptLimit;

    WebChatStore(ReactiveStringRedisTemplate redis, ReactiveRedisMessageListenerContainer listener, JsonMapper json,
                 GatewayProperties properties) {
        this.redis = redis;
        this.listener = listener;
        this.json = json;
        this.ttl = properties.webchatSessionTtl();
        this.transcriptLimit = properties.transcriptLimit();
    }

    Mono<String> createSession(UUID tenantId) {
        String sessionId = UUID.randomUUID().toString();
        return redis.opsForValue().set(sessionKey(tenantId, sessionId), "open", ttl).thenReturn(sessionId);
    }

    /** True when the session exists; its lifetime starts over. */
    Mono<Boolean> touch(UUID tenantId, String sessionId) {
        return redis.expire(sessionKey(tenantId, sessionId), ttl);
    }

    Mono<Void> append(UUID tenantId, String sessionId, WebChatMessage message) {
        String line = json.writeValueAsString(message);
        String transcript = transcriptKey(tenantId, sessionId);
        return redis.opsForList().rightPush(transcript, line)
                .then(redis.opsForList().trim(transcript, -transcriptLimit, -1))
                .then(redis.expire(transcript, ttl))
                .then(redis.convertAndSend(channel(tenantId, sessionId), line))
                .then();
    }

    Flux<WebChatMessage> transcript(UUID tenantId, String sessionId) {
        return redis.opsForList().range(transcriptKey(tenantId, sessionId), 0, -1)
                .map(line -> json.readValue(line, WebChatMessage.class));
    }

    Flux<WebChatMessage> events(UUID tenantId, String sessionId) {
        return listener.receive(ChannelTopic.of(channel(tenantId, sessionId)))
                .map(message -> json.readValue(message.getMessage(), WebChatMessage.class));
    }

    /** True the first time a message id is seen: outbound redeliveries are shown once. */
    Mono<Boolean> firstDelivery(String messageId) {
        return redis.opsForValue().setIfAbsent("webchat:delivered:" + messageId, "1", ttl);
    }

    /** Undoes {@link #firstDelivery} when showing the message failed, so a retry shows it. */
    Mono<Void> forgetDelivery(String messageId) {
        return redis.delete("webchat:delivered:" + messageId).then();
    }

    private static String sessionKey(UUID tenantId, String sessionId) {
        return "webchat:session:" + tenantId + ":" + sessionId;
    }

    private static String transcriptKey(UUID tenantId, String sessionId) {
        return "webchat:transcript:" + tenantId + ":" + sessionId;
    }

    private static String channel(UUID tenantId, String sessionId) {
        return "webchat:events:" + tenantId + ":" + sessionId;
    }
}
