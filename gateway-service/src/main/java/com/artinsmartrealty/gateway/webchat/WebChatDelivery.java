package com.artinsmartrealty.gateway.webchat;

import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.outbound.ChannelSender;
import com.artinsmartrealty.contracts.Channel;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Delivers a reply to a web chat session: into its transcript and onto its event stream, once. */
@Component
class WebChatDelivery implements ChannelSender {

    private final WebChatStore store;
    private final Clock clock;

    WebChatDelivery(WebChatStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBCHAT;
    }

    @Override
    public Mono<Void> send(UUID tenantId, ReplyComposed reply) {
        String messageId = reply.messageId().toString();
        var attachments = reply.attachments().stream()
                .map(attachment -> new WebChatMessage.Attachment(attachment.kind().name().toLowerCase(),
                        attachment.media().fileName(), attachment.media().mimeType(), attachment.media().ref()))
                .toList();
        WebChatMessage message = new WebChatMessage(messageId, "out", reply.text(), reply.buttons(), attachments,
                clock.instant());
        return store.firstDelivery(messageId)
                .filter(Boolean::booleanValue)
                .flatMap(first -> store.append(tenantId, reply.chatId(), message));
    }
}
