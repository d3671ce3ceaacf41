package com.artinsmartrealty.gateway.outbound;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Renders and delivers a reply on one channel. */
public interface ChannelSender {

    Channel channel();

    /** Completes when the channel accepted the message; fails when it should be retried or dead-lettered. */
    Mono<Void> send(UUID tenantId, ReplyComposed reply);
}
