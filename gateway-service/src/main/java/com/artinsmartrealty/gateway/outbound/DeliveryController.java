package com.artinsmartrealty.gateway.outbound;

import com.artinsmartrealty.platform.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Where an outbound message stands, by its message id (the {@code messageId} of {@code chat.outbound.v1}). */
@RestController
@Tag(name = "deliveries")
class DeliveryController {

    private final DeliveryStore deliveries;

    DeliveryController(DeliveryStore deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/deliveries/{messageId}")
    @Operation(summary = "The delivery state of one outbound message and of each channel message it became")
    Mono<DeliveryView> get(@PathVariable UUID messageId) {
        return CurrentPrincipal.tenantId()
                .flatMap(tenantId -> deliveries.find(tenantId, messageId))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such message")));
    }
}
