package com.artinsmartrealty.conversation.remote;

import com.artinsmartrealty.contracts.api.ai.ListingSummary;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.ai.TranscribeRequest;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionRequest;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.contracts.api.lead.MatchRequest;
import com.artinsmartrealty.contracts.api.lead.MatchResponse;
import com.artinsmartrealty.contracts.api.scheduling.Appointment;
import com.artinsmartrealty.contracts.api.scheduling.BookingConflict;
import com.artinsmartrealty.contracts.api.scheduling.BookingRequest;
import com.artinsmartrealty.contracts.api.scheduling.SlotOffer;
import com.artinsmartrealty.contracts.api.scheduling.SlotOfferRequest;
import com.artinsmartrealty.conversation.engine.CallScope;
import com.artinsmartrealty.conversation.engine.ServiceCalls;
import com.artinsmartrealty.conversation.messaging.InboundMapping;
import com.artinsmartrealty.conversation.state.AnswerPurpose;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.conversation.state.ShownListing;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The calls the decider asks for, made over HTTP with the contracts of {@code contracts.api.*}:
 * understanding, answers, transcription and vision from ai-service, matches from lead-service, slots
 * and bookings from scheduling-service. Each answer, or its absence, comes back as an input.
 */
@Component
class RemoteCalls implements ServiceCalls {

    private final RemoteService ai;
    private final RemoteService lead;
    private final RemoteService scheduling;
    private final RemoteProperties properties;

    RemoteCalls(RemoteConfiguration.RemoteServices services, RemoteProperties properties) {
        this.ai = services.ai();
        this.lead = services.lead();
        this.scheduling = services.scheduling();
        this.properties = properties;
    }

    @Override
    public Mono<Input> perform(Effect.Call call, ConversationState state, CallScope scope) {
        UUID tenant = scope.chat().tenantId();
        String language = state.language();
        return switch (call) {
            case Effect.Understand understand -> ai.post(tenant, "/internal/ai/understand",
                    new UnderstandRequest(understand.text(), language, understand.expecting()),
                    UnderstandResponse.class, properties.understandTimeout(),
                    response -> RemoteAnswers.understood(understand.text(), response),
                    new Input.NotUnderstood(understand.text()));
            case Effect.Answer answer -> ai.post(tenant, "/internal/ai/reply",
                    new ReplyRequest(answer.question(), language, purpose(answer.purpose()), scope.leadId(),
                            state.profile().toContract(), summaries(state.listings())),
                    ReplyResponse.class, properties.replyTimeout(), RemoteAnswers::answered, new Input.NotAnswered());
            case Effect.Transcribe transcribe -> ai.post(tenant, "/internal/ai/transcribe",
                    new TranscribeRequest(InboundMapping.toContract(transcribe.media()), language, scope.leadId()),
                    TranscribeResponse.class, properties.transcribeTimeout(), RemoteAnswers::transcribed,
                    new Input.NotTranscribed());
            case Effect.ReadPhoto photo -> ai.post(tenant, "/internal/ai/vision",
                    new VisionRequest(InboundMapping.toContract(photo.media()), language, scope.leadId()),
                    VisionResponse.class, properties.visionTimeout(), RemoteAnswers::photo, new Input.PhotoNotRead());
            case Effect.FindMatches find -> lead.post(tenant, "/internal/leads/{leadId}/matches",
                    new MatchRequest(find.profile().toContract(), language, RemoteAnswers.MAX_LISTINGS),
                    MatchResponse.class, properties.matchesTimeout(),
                    response -> RemoteAnswers.matches(find.purpose(), response),
                    new Input.MatchesUnavailable(find.purpose()), scope.leadId());
            case Effect.OfferSlots offer -> scheduling.post(tenant, "/internal/slot-offers",
                    new SlotOfferRequest(scope.leadId(), null, language, RemoteAnswers.MAX_SLOTS, scope.chat().value()),
                    SlotOffer.class, properties.slotsTimeout(), RemoteAnswers::slots, new Input.SlotsUnavailable());
            case Effect.Book book -> scheduling.exchange(tenant, "/internal/appointments",
                    new BookingRequest(book.slot().agentId(), book.slot().start(), scope.leadId(),
                            scope.leadId() + ":" + scope.turnKey(), scope.chat().value(), scope.chat().channel(),
                            scope.chat().chatId(), language),
                    properties.bookingTimeout(),
                    reply -> {
                        if (reply.successful()) {
                            return reply.isEmpty() ? new Input.BookingUnavailable()
                                    : RemoteAnswers.booked(reply.as(Appointment.class), book.slot());
                        }
                        if (reply.status() == HttpStatus.CONFLICT.value()) {
                            return RemoteAnswers.conflict(reply.isEmpty() ? null : reply.as(BookingConflict.class));
                        }
                        throw new RemoteService.UnexpectedStatus(reply.status());
                    },
                    new Input.BookingUnavailable());
        };
    }

    private static ReplyRequest.Purpose purpose(AnswerPurpose purpose) {
        return switch (purpose) {
            case FAQ -> ReplyRequest.Purpose.FAQ;
            case ENGAGEMENT -> ReplyRequest.Purpose.ENGAGEMENT;
        };
    }

    private static List<ListingSummary> summaries(List<ShownListing> listings) {
        return listings.stream().map(listing -> new ListingSummary(listing.id(), listing.title(), listing.reason(),
                listing.type(), listing.transaction(), listing.price(), listing.currency(), listing.community(),
                listing.bedrooms())).toList();
    }
}
