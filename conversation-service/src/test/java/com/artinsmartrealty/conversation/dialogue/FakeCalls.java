package com.artinsmartrealty.conversation.dialogue;

import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.TranscribeRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.VisionRequest;
import com.artinsmartrealty.contracts.api.lead.MatchRequest;
import com.artinsmartrealty.contracts.api.scheduling.Appointment;
import com.artinsmartrealty.contracts.api.scheduling.BookingConflict;
import com.artinsmartrealty.contracts.api.scheduling.BookingRequest;
import com.artinsmartrealty.contracts.api.scheduling.SlotOfferRequest;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.conversation.remote.RemoteAnswers;
import com.artinsmartrealty.conversation.state.AnswerPurpose;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import com.artinsmartrealty.conversation.state.Input;
import java.util.List;
import java.util.UUID;

/**
 * The decider's calls answered in-process by {@link FakeServices}, through the same contract records
 * and the same mapping to inputs ({@link RemoteAnswers}) as the HTTP clients use.
 */
final class FakeCalls {

    private final FakeServices services;

    FakeCalls(FakeServices services) {
        this.services = services;
    }

    static String kind(Effect.Call call) {
        return switch (call) {
            case Effect.Understand u -> "understand";
            case Effect.Answer a -> "answer";
            case Effect.Transcribe t -> "transcribe";
            case Effect.ReadPhoto p -> "readPhoto";
            case Effect.FindMatches f -> "findMatches";
            case Effect.OfferSlots o -> "offerSlots";
            case Effect.Book b -> "book";
        };
    }

    Input perform(Effect.Call call, ConversationState state, UUID leadId, String chatKey, String turnKey) {
        String language = state.language();
        return switch (call) {
            case Effect.Understand understand -> {
                var response = services.understand(new UnderstandRequest(understand.text(), language,
                        understand.expecting()));
                yield response == null ? new Input.NotUnderstood(understand.text())
                        : RemoteAnswers.understood(understand.text(), response);
            }
            case Effect.Answer answer -> {
                var response = services.reply(new ReplyRequest(answer.question(), language,
                        answer.purpose() == AnswerPurpose.FAQ ? ReplyRequest.Purpose.FAQ
                                : ReplyRequest.Purpose.ENGAGEMENT, leadId, state.profile().toContract(), List.of()));
                yield response == null ? new Input.NotAnswered() : RemoteAnswers.answered(response);
            }
            case Effect.Transcribe transcribe -> RemoteAnswers.transcribed(services.transcribe(
                    new TranscribeRequest(media(transcribe.media().ref()), language, leadId)));
            case Effect.ReadPhoto photo -> RemoteAnswers.photo(services.vision(
                    new VisionRequest(media(photo.media().ref()), language, leadId)));
            case Effect.FindMatches find -> {
                var response = services.matches(new MatchRequest(find.profile().toContract(), language,
                        RemoteAnswers.MAX_LISTINGS));
                yield response == null ? new Input.MatchesUnavailable(find.purpose())
                        : RemoteAnswers.matches(find.purpose(), response);
            }
            case Effect.OfferSlots offer -> {
                var response = services.slots(new SlotOfferRequest(leadId, null, language, RemoteAnswers.MAX_SLOTS,
                        chatKey));
                yield response == null ? new Input.SlotsUnavailable() : RemoteAnswers.slots(response);
            }
            case Effect.Book book -> {
                Object outcome = services.book(new BookingRequest(book.slot().agentId(), book.slot().start(), leadId,
                        leadId + ":" + turnKey, chatKey, null, null, language));
                yield switch (outcome) {
                    case Appointment appointment -> RemoteAnswers.booked(appointment, book.slot());
                    case BookingConflict conflict -> RemoteAnswers.conflict(conflict);
                    case null, default -> new Input.BookingUnavailable();
                };
            }
        };
    }

    private static MediaRef media(String ref) {
        return new MediaRef(ref, "application/octet-stream", 0, null);
    }
}
