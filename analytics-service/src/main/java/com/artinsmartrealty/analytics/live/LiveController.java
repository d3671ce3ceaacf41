package com.artinsmartrealty.analytics.live;

import com.artinsmartrealty.platform.security.CurrentPrincipal;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** {@code GET /api/analytics/live}: the caller's tenant's updates as server-sent events, as they happen. */
@RestController
class LiveController {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final LiveUpdates updates;

    LiveController(LiveUpdates updates) {
        this.updates = updates;
    }

    /** A {@code ready} event first, once updates can no longer be missed; then {@code update} events. */
    @GetMapping(path = "/api/analytics/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<LiveUpdate>> live() {
        return CurrentPrincipal.tenantId()
                .flatMap(updates::subscribe)
                .flatMapMany(stream -> Flux.merge(
                        Flux.just(ServerSentEvent.<LiveUpdate>builder().event("ready").data(null).build()),
                        stream.map(update -> ServerSentEvent.builder(update).event("update").build()),
                        Flux.interval(HEARTBEAT).map(tick -> ServerSentEvent.<LiveUpdate>builder()
                                .comment("keep-alive").build())));
    }
}
