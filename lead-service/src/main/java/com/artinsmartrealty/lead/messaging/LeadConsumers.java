package com.artinsmartrealty.lead.messaging;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import com.artinsmartrealty.lead.agents.Agent;
import com.artinsmartrealty.lead.agents.AgentRoster;
import com.artinsmartrealty.lead.leads.LeadUpdates;
import com.artinsmartrealty.platform.messaging.RecordConsumers;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * The topics lead-service follows, each in key order:
 * <ul>
 *   <li>{@code lead.events.v1} (binding {@code leadEvents-in-0}) and {@code appointment.events.v1}
 *       ({@code appointmentEvents-in-0}): facts about leads, applied once per event id;</li>
 *   <li>{@code platform.tenants.v1} ({@code tenantEvents-in-0}): users, for the agent roster; an upsert
 *       that keeps the newest announcement, so repeats change nothing.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class LeadConsumers {

    @Bean
    Consumer<Message<byte[]>> leadEvents(RecordConsumers consumers, EventCodec codec, LeadUpdates updates) {
        return consumers.ordered("lead-events",
                record -> apply(codec.decode(Topics.LEAD_EVENTS, record.value()), updates));
    }

    @Bean
    Consumer<Message<byte[]>> appointmentEvents(RecordConsumers consumers, EventCodec codec, LeadUpdates updates) {
        return consumers.ordered("lead-appointment-events",
                record -> apply(codec.decode(Topics.APPOINTMENT_EVENTS, record.value()), updates));
    }

    @Bean
    Consumer<Message<byte[]>> tenantEvents(RecordConsumers consumers, EventCodec codec, TenantTransactions tenants,
                                           AgentRoster roster) {
        return consumers.ordered("lead-tenant-events", record -> {
            EventEnvelope envelope = codec.decode(Topics.TENANT_EVENTS, record.value());
            if (!(envelope.payload() instanceof UserUpserted user)) {
                return Mono.empty();
            }
            Agent agent = new Agent(user.userId(), user.displayName(), user.role(), user.active());
            return tenants.inTenant(envelope.tenantId(), roster.upsert(envelope.tenantId(), agent,
                    envelope.occurredAt()));
        });
    }

    private static Mono<Void> apply(EventEnvelope envelope, LeadUpdates updates) {
        return FactMapping.of(envelope.payload())
                .map(fact -> updates.ingest(envelope.tenantId(), envelope.eventId(), fact.leadId(), fact.fact(),
                        envelope.occurredAt(), envelope.correlationId()))
                .orElse(Mono.empty());
    }
}
