package com.artinsmartrealty.gateway.whatsapp;

import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Checks a tenant's WhatsApp credentials before they are stored. */
@Component
public class WhatsAppNumbers {

    private final GraphApi graph;

    WhatsAppNumbers(GraphApi graph) {
        this.graph = graph;
    }

    /** Completes when the access token can read the business number; fails with {@link GraphApiException}. */
    public Mono<Void> verify(WhatsAppSettings settings) {
        return graph.phoneNumber(settings).then();
    }
}
