package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.contracts.api.scheduling.SlotOffer;
import com.artinsmartrealty.contracts.api.scheduling.SlotOfferRequest;
import com.artinsmartrealty.scheduling.i18n.Languages;
import com.artinsmartrealty.scheduling.web.Caller;
import com.artinsmartrealty.scheduling.web.Problems;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /internal/slot-offers}: the conversation service asks for slots to show a chat. */
@RestController
class SlotOfferController {

    static final int DEFAULT_LIMIT = 4;
    static final int MAX_LIMIT = 10;
    static final int MAX_HOLDER_LENGTH = 200;

    private final SlotOffers offers;
    private final OpenSlots openSlots;

    SlotOfferController(SlotOffers offers, OpenSlots openSlots) {
        this.offers = offers;
        this.openSlots = openSlots;
    }

    @PostMapping("/internal/slot-offers")
    Mono<SlotOffer> offer(@RequestBody SlotOfferRequest request) {
        if (request.holder() == null || request.holder().isBlank() || request.holder().length() > MAX_HOLDER_LENGTH) {
            return Mono.error(Problems.badRequest("holder (the chat key) is required."));
        }
        int limit = request.limit() == 0 ? DEFAULT_LIMIT : request.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(Problems.badRequest("limit must be between 1 and " + MAX_LIMIT + "."));
        }
        String language = Languages.of(request.language());
        return Caller.current().flatMap(caller -> offers.offer(caller.tenantId(), request.agentId(), request.holder(),
                        limit))
                .map(offer -> new SlotOffer(openSlots.of(offer.slots(), offer.zone(), language), offer.heldUntil()));
    }
}
