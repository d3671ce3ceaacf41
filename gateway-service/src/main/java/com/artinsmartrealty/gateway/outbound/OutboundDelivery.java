package com.artinsmartrealty.gateway.outbound;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.platform.messaging.ConsumedRecord;
import com.artinsmartrealty.platform.messaging.NonRetryableException;
import com.artinsmartrealty.platform.messaging.RecordConsumers;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * Consumes {@code chat.outbound.v1} (binding {@code outbound-in-0}) and hands each reply to its
 * channel's sender, in order per chat; one chat waiting on its channel does not hold back others.
 */
@Configuration(proxyBeanMethods = false)
class OutboundDelivery {

    private final EventCodec codec;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

    OutboundDelivery(EventCodec codec, List<ChannelSender> senders) {
        this.codec = codec;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    }

    @Bean
    Consumer<Message<byte[]>> outbound(RecordConsumers consumers) {
        return consumers.ordered("gateway-outbound", this::deliver);
    }

    Mono<Void> deliver(ConsumedRecord record) {
        EventEnvelope envelope = codec.decode(Topics.CHAT_OUTBOUND, record.value());
        ReplyComposed reply = envelope.payloadAs(ReplyComposed.class);
        ChannelSender sender = senders.get(reply.channel());
        if (sender == null) {
            return Mono.error(new NonRetryableException("no sender for channel " + reply.channel().wireName()));
        }
        return sender.send(envelope.tenantId(), reply);
    }
}
