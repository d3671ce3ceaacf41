package com.artinsmartrealty.analytics.live;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans live updates out to every instance through Redis pub/sub: the instance that applied an event
 * publishes on {@code analytics:live:<tenant>}, and whichever instance holds a dashboard's stream
 * receives it. Updates are hints to refresh; one lost in transit costs only a later refresh.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final ReactiveStringRedisTemplate redis;
    private final ReactiveRedisMessageListenerContainer listener;
    private final JsonMapper json;

    LiveUpdates(ReactiveStringRedisTemplate redis, ReactiveRedisMessageListenerContainer listener, JsonMapper json) {
        this.redis = redis;
        this.listener = listener;
        this.json = json;
    }

    public Mono<Void> publish(UUID tenant, LiveUpdate update) {
        return redis.convertAndSend(channel(tenant), json.writeValueAsString(update))
                .doOnError(error -> log.warn("Live update not published: {}", error.toString()))
                .onErrorResume(error -> Mono.empty())
                .then();
    }

    /** The tenant's updates; the outer publisher completes once the Redis subscription is active. */
    public Mono<Flux<LiveUpdate>> subscribe(UUID tenant) {
        return listener.receiveLater(ChannelTopic.of(channel(tenant)))
                .map(messages -> messages.map(message -> json.readValue(message.getMessage(), LiveUpdate.class)));
    }

    private static String channel(UUID tenant) {
        return "analytics:live:" + tenant;
    }
}
