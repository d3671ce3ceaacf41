package com.artinsmartrealty.gateway.outbound;

import com.artinsmartrealty.contracts.Channel;
import reactor.core.publisher.Mono;

/** Renders and delivers a reply on one channel. */
public interface ChannelSender {

    Channel channel();

    /**
     * Sends the parts of the reply not sent yet, in order, recording each. Fails with a
     * {@link DeliveryFailure} saying whether and when to try again.
     */
    Mono<Outcome> send(Delivery delivery);
}
