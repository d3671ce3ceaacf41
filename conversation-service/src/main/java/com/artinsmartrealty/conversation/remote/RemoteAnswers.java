package com.artinsmartrealty.conversation.remote;

import com.artinsmartrealty.contracts.api.ai.MediaStatus;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.contracts.api.lead.ListingMatch;
import com.artinsmartrealty.contracts.api.lead.MatchResponse;
import com.artinsmartrealty.contracts.api.scheduling.Appointment;
import com.artinsmartrealty.contracts.api.scheduling.BookingConflict;
import com.artinsmartrealty.contracts.api.scheduling.OpenSlot;
import com.artinsmartrealty.contracts.api.scheduling.SlotOffer;
import com.artinsmartrealty.conversation.state.BookedViewing;
import com.artinsmartrealty.conversation.state.Fit;
import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.conversation.state.MatchPurpose;
import com.artinsmartrealty.conversation.state.OfferedSlot;
import com.artinsmartrealty.conversation.state.ShownListing;
import java.util.List;
import java.util.Objects;

/** The other services' answers, as the inputs the decider reads. Answers that make no sense count as none. */
public final class RemoteAnswers {

    /** The whitepaper's top 3–5 matches. */
    public static final int MAX_LISTINGS = 5;
    /** The whitepaper's 3–4 slots (scarcity). */
    public static final int MAX_SLOTS = 4;

    private RemoteAnswers() {
    }

    public static Input understood(String text, UnderstandResponse response) {
        return response == null || response.intent() == null ? new Input.NotUnderstood(text)
                : new Input.Understood(text, response.intent(), response.language(), response.entities());
    }

    public static Input answered(ReplyResponse response) {
        return response == null || response.text() == null || response.text().isBlank() ? new Input.NotAnswered()
                : new Input.Answered(response.text().strip());
    }

    public static Input transcribed(TranscribeResponse response) {
        return response == null || response.status() != MediaStatus.OK || response.transcript() == null
                || response.transcript().isBlank() ? new Input.NotTranscribed()
                : new Input.Transcribed(response.transcript().strip(), response.language(), response.entities());
    }

    public static Input photo(VisionResponse response) {
        if (response == null || response.status() != MediaStatus.OK || response.attributes() == null) {
            return new Input.PhotoNotRead();
        }
        VisionResponse.PhotoAttributes attributes = response.attributes();
        return new Input.PhotoRead(attributes.description(), attributes.propertyType(), attributes.bedrooms());
    }

    public static Input matches(MatchPurpose purpose, MatchResponse response) {
        if (response == null) {
            return new Input.MatchesUnavailable(purpose);
        }
        List<ShownListing> listings = response.items().stream()
                .filter(Objects::nonNull)
                .filter(item -> item.listingId() != null && item.title() != null && item.currency() != null)
                .limit(MAX_LISTINGS)
                .map(RemoteAnswers::listing)
                .toList();
        Fit fit = response.fit() == null ? (listings.isEmpty() ? Fit.NO_INVENTORY : Fit.WITHIN_BUDGET)
                : switch (response.fit()) {
                    case WITHIN_BUDGET -> Fit.WITHIN_BUDGET;
                    case ABOVE_BUDGET -> Fit.ABOVE_BUDGET;
                    case RENT_INSTEAD -> Fit.RENT_INSTEAD;
                    case NO_INVENTORY -> Fit.NO_INVENTORY;
                };
        return new Input.MatchesFound(purpose, listings, listings.isEmpty() ? Fit.NO_INVENTORY : fit);
    }

    public static Input slots(SlotOffer offer) {
        return offer == null ? new Input.SlotsUnavailable()
                : new Input.SlotsOpen(offered(offer.items()), offer.heldUntil());
    }

    public static Input booked(Appointment appointment, OfferedSlot chosen) {
        if (appointment == null || appointment.id() == null) {
            return new Input.BookingUnavailable();
        }
        return new Input.ViewingConfirmed(new BookedViewing(appointment.id(),
                appointment.agentId() != null ? appointment.agentId() : chosen.agentId(),
                appointment.agentName() != null ? appointment.agentName() : chosen.agentName(),
                appointment.start() != null ? appointment.start() : chosen.start(),
                appointment.label() != null && !appointment.label().isBlank() ? appointment.label() : chosen.label()));
    }

    public static Input conflict(BookingConflict conflict) {
        return new Input.SlotTaken(conflict == null ? List.of() : offered(conflict.alternatives()));
    }

    private static List<OfferedSlot> offered(List<OpenSlot> slots) {
        return slots.stream()
                .filter(Objects::nonNull)
                .filter(slot -> slot.agentId() != null && slot.start() != null && slot.label() != null)
                .limit(MAX_SLOTS)
                .map(slot -> new OfferedSlot(slot.agentId(), slot.agentName(), slot.start(), slot.end(), slot.label()))
                .toList();
    }

    private static ShownListing listing(ListingMatch match) {
        return new ShownListing(match.listingId(), match.title(), match.type(), match.transaction(), match.price(),
                match.currency(), match.bedrooms(), match.community(), match.reason(),
                match.roi() == null ? null : match.roi().grossYieldPct(),
                match.roi() == null ? null : match.roi().projectedReturnPct5y());
    }
}
