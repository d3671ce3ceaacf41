package com.artinsmartrealty.analytics.projection;

import com.artinsmartrealty.analytics.live.LiveUpdate;
import com.artinsmartrealty.analytics.live.LiveUpdates;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.platform.messaging.OrderedRecordConsumer;
import com.artinsmartrealty.platform.messaging.RecordConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds every event topic (binding {@code analytics-in-0}) to the read models, in order per record
 * key. Idempotent by event id ({@link EventApplier}); an applied event is announced live.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConsumer {

    @Bean
    OrderedRecordConsumer analytics(RecordConsumers consumers, EventCodec codec, EventApplier applier,
                                    LiveUpdates live) {
        return consumers.ordered("analytics", record -> {
            var event = codec.decode(record.topic(), record.value());
            return applier.apply(event)
                    .flatMap(applied -> applied ? live.publish(event.tenantId(), LiveUpdate.of(event)) : reactor.core
                            .publisher.Mono.empty())
                    .then();
        });
    }
}
