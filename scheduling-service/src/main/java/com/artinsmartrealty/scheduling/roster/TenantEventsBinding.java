package com.artinsmartrealty.scheduling.roster;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.platform.messaging.RecordConsumers;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@code platform.tenants.v1} (binding {@code tenantEvents-in-0}) to the roster, in order per key. */
@Configuration(proxyBeanMethods = false)
class TenantEventsBinding {

    @Bean
    Consumer<Message<byte[]>> tenantEvents(RecordConsumers consumers, RosterUpdates updates, EventCodec codec) {
        return consumers.ordered("scheduling-tenants",
                record -> updates.apply(codec.decode(Topics.TENANT_EVENTS, record.value())));
    }
}
