package com.artinsmartrealty.conversation.messaging;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.conversation.engine.ConversationEngine;
import com.artinsmartrealty.platform.messaging.RecordConsumers;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds {@code chat.inbound.v1} (binding {@code inbound-in-0}) to the engine, in order per chat. */
@Configuration(proxyBeanMethods = false)
class InboundConsumer {

    @Bean
    Consumer<Message<byte[]>> inbound(RecordConsumers consumers, ConversationEngine engine, EventCodec codec) {
        return consumers.ordered("conversation-inbound",
                record -> engine.handle(codec.decode(Topics.CHAT_INBOUND, record.value())));
    }
}
