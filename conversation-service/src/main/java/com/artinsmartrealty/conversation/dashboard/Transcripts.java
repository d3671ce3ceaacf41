package com.artinsmartrealty.conversation.dashboard;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.conversation.persistence.ConversationQueries;
import com.artinsmartrealty.conversation.persistence.InboundNote;
import com.artinsmartrealty.conversation.persistence.OutboxRecord;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Builds a conversation's transcript from its turns: what arrived (the user's texts and button labels,
 * voice notes with their transcripts, photos and contacts by reference, agents' actions) and every
 * reply sent (the bot's, agents' and system notices), with the stages it went through.
 */
@Component
class Transcripts {

    private final EventCodec codec;

    Transcripts(EventCodec codec) {
        this.codec = codec;
    }

    Transcript of(List<ConversationQueries.StoredTurn> turns) {
        List<ConversationViews.TranscriptEntry> messages = new ArrayList<>();
        List<ConversationViews.StageVisit> stages = new ArrayList<>();
        for (ConversationQueries.StoredTurn turn : turns) {
            String transcript = null;
            for (ConversationEvent event : turn.events()) {
                if (event instanceof ConversationEvent.StageEntered entered) {
                    stages.add(new ConversationViews.StageVisit(entered.stage().name(), turn.at()));
                } else if (event instanceof ConversationEvent.VoiceTranscribed voice) {
                    transcript = voice.transcript();
                }
            }
            if (turn.inbound() != null) {
                messages.add(inbound(turn, transcript, messages));
            }
            for (OutboxRecord record : turn.outbox()) {
                if (Topics.CHAT_OUTBOUND.equals(record.topic())) {
                    messages.add(outbound(turn, codec.decode(record.topic(),
                            record.envelope().getBytes(StandardCharsets.UTF_8)).payloadAs(ReplyComposed.class)));
                }
            }
        }
        return new Transcript(stages, messages);
    }

    private static ConversationViews.TranscriptEntry inbound(ConversationQueries.StoredTurn turn, String transcript,
                                                            List<ConversationViews.TranscriptEntry> earlier) {
        InboundNote note = turn.inbound();
        String kind = switch (note.kind()) {
            case AGENT_REPLY -> "reply";
            default -> note.kind().name().toLowerCase(Locale.ROOT);
        };
        boolean agent = note.agentId() != null;
        String text = note.kind() == InboundNote.Kind.BUTTON ? labelOf(note.callbackData(), earlier) : note.text();
        ConversationViews.Media media = note.mediaRef() == null ? null
                : new ConversationViews.Media(note.mediaRef(), note.mimeType(), null, null);
        return new ConversationViews.TranscriptEntry(turn.at(), "in", agent ? "agent" : "user", kind, text,
                note.callbackData(), media, transcript, note.phone(), note.agentId(), List.of(), List.of());
    }

    private static ConversationViews.TranscriptEntry outbound(ConversationQueries.StoredTurn turn,
                                                             ReplyComposed reply) {
        return new ConversationViews.TranscriptEntry(turn.at(), "out", reply.author().name().toLowerCase(Locale.ROOT),
                "text", reply.text(), null, null, null, null, null,
                reply.buttons().stream().map(button -> new ConversationViews.Button(button.label(),
                        button.callbackData())).toList(),
                reply.attachments().stream().map(attachment -> new ConversationViews.Media(attachment.media().ref(),
                        attachment.media().mimeType(), attachment.media().fileName(),
                        attachment.kind().name().toLowerCase(Locale.ROOT))).toList());
    }

    /** The label the user saw on the button they pressed: the latest one offered with that data. */
    private static String labelOf(String callbackData, List<ConversationViews.TranscriptEntry> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            for (ConversationViews.Button button : earlier.get(i).buttons()) {
                if (button.callbackData().equals(callbackData)) {
                    return button.label();
                }
            }
        }
        return null;
    }

    record Transcript(List<ConversationViews.StageVisit> stages, List<ConversationViews.TranscriptEntry> messages) {
    }
}
