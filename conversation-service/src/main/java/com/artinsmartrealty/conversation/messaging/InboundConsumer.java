package com.artinsmartrealty.conversation.messaging;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.MalformedEventException;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.lead.LeadErased;
import com.artinsmartrealty.conversation.engine.Apologies;
import com.artinsmartrealty.conversation.engine.ConversationEngine;
import com.artinsmartrealty.conversation.persistence.ConversationStore;
import com.artinsmartrealty.platform.logging.LogContext;
import com.artinsmartrealty.platform.messaging.ConsumedRecord;
import com.artinsmartrealty.platform.messaging.MessagingProperties;
import com.artinsmartrealty.platform.messaging.NonRetryableException;
import com.artinsmartrealty.platform.messaging.RecordConsumers;
import java.util.Collection;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Binds the service's topics, each in order per key and concurrently across keys.
 * <ul>
 *   <li>{@code chat.inbound.v1} (binding {@code inbound-in-0}): users' messages and agents' actions,
 *       one chat at a time. Idempotent by the channel message id (or the agent's request id). A message
 *       that still fails after its retries gets the user an apology, then goes to the dead-letter topic
 *       with its reason.</li>
 *   <li>{@code lead.events.v1} (binding {@code leadEvents-in-0}): {@code LeadErased} purges the
 *       conversation; idempotent, since erasing twice deletes nothing more.</li>
 * </ul>
 * When the instance's {@code chat.inbound.v1} partitions change, the sessions it holds in memory are
 * forgotten: chats it did not own for a while may have moved on on another instance.
 */
@Configuration(proxyBeanMethods = false)
class InboundConsumer {

    private static final Logger log = LoggerFactory.getLogger(InboundConsumer.class);
    private static final String INBOUND_BINDING = "inbound-in-0";

    @Bean
    Consumer<Message<byte[]>> inbound(RecordConsumers consumers, ConversationEngine engine, Apologies apologies,
                                      EventCodec codec, MessagingProperties messaging) {
        Retry retry = Retry.backoff(Math.max(0, messaging.attempts() - 1L), messaging.firstBackoff())
                .filter(error -> !(error instanceof MalformedEventException)
                        && !(error instanceof NonRetryableException))
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
        return consumers.ordered("conversation-inbound", record -> {
            EventEnvelope envelope = codec.decode(Topics.CHAT_INBOUND, record.value());
            return switch (envelope.payload()) {
                case ChatMessageReceived message -> engine.handleMessage(envelope).retryWhen(retry)
                        .onErrorResume(error -> apologies.apologize(envelope)
                                .onErrorResume(apologyFailed -> LogContext.logged(() -> log.warn(
                                        "Could not apologise for {}: {}", record.position(),
                                        apologyFailed.getClass().getSimpleName())))
                                .then(Mono.error(new NonRetryableException(reasonOf(error), error))));
                case AgentActionRequested action -> engine.handleAgentAction(envelope);
                default -> Mono.error(new NonRetryableException(envelope.type() + " is not handled here"));
            };
        });
    }

    @Bean
    KafkaBindingRebalanceListener sessionsFollowPartitions(ConversationStore store) {
        return new KafkaBindingRebalanceListener() {
            @Override
            public void onPartitionsRevokedAfterCommit(String binding, org.apache.kafka.clients.consumer.Consumer<?, ?>
                    consumer, Collection<TopicPartition> partitions) {
                changed(binding, partitions);
            }

            @Override
            public void onPartitionsAssigned(String binding, org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
                                             Collection<TopicPartition> partitions, boolean initial) {
                changed(binding, partitions);
            }

            private void changed(String binding, Collection<TopicPartition> partitions) {
                if (INBOUND_BINDING.equals(binding) && !partitions.isEmpty()) {
                    store.forgetSessionsInMemory();
                }
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> leadEvents(RecordConsumers consumers, ConversationStore store, EventCodec codec) {
        return consumers.ordered("conversation-lead-events", (ConsumedRecord record) -> {
            EventEnvelope envelope = codec.decode(Topics.LEAD_EVENTS, record.value());
            if (envelope.payload() instanceof LeadErased erased) {
                return store.erase(envelope.tenantId(), erased.leadId())
                        .flatMap(chat -> LogContext.<Void>logged(
                                () -> log.info("Erased the conversation of a lead on request")));
            }
            return Mono.empty();
        });
    }

    private static String reasonOf(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
