package com.artinsmartrealty.gateway.webchat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.outbound.ChannelSender;
import com.artinsmartrealty.gateway.outbound.Delivery;
import com.artinsmartrealty.gateway.outbound.DeliveryFailure;
import com.artinsmartrealty.gateway.outbound.Outcome;
import com.artinsmartrealty.gateway.outbound.PartKind;
import java.time.Clock;
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
    public Mono<Outcome> send(Delivery delivery) {
        ReplyComposed reply = delivery.reply();
        String messageId = reply.messageId().toString();
        var attachments = reply.attachments().stream()
                .map(attachment -> new WebChatMessage.Attachment(attachment.kind().name().toLowerCase(),
                        attachment.media().fileName(), attachment.media().mimeType(), attachment.media().ref()))
                .toList();
        WebChatMessage message = new WebChatMessage(messageId, "out", reply.text(), reply.buttons(), attachments,
                clock.instant());
        return store.firstDelivery(messageId)
                .filter(Boolean::booleanValue)
                .flatMap(first -> store.append(delivery.tenantId(), reply.chatId(), message)
                        .onErrorResume(error -> store.forgetDelivery(messageId).then(Mono.error(error))))
                .then(delivery.partSent(0, messageId, PartKind.TEXT))
                .thenReturn(Outcome.SENT)
                .onErrorMap(error -> !(error instanceof DeliveryFailure),
                        error -> DeliveryFailure.transientError(null, "web chat store: " + error.getMessage(), error));
    }
}
