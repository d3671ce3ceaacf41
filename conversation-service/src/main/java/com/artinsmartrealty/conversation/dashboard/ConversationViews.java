package com.artinsmartrealty.conversation.dashboard;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON the dashboard reads about conversations. */
final class ConversationViews {

    private ConversationViews() {
    }

    /** A page of a list: {@code {"items": [...], "nextCursor": ...}}. */
    record Page<T>(List<T> items, String nextCursor) {
    }

    /**
     * A conversation in the list.
     *
     * @param leadId the lead's id, the same as the conversation's
     */
    record Summary(UUID id, UUID leadId, Channel channel, String chatId, String stage, String language,
                   UUID takenOverBy, LeadProfile profile, boolean phoneCaptured, Instant createdAt,
                   Instant updatedAt) {
    }

    /** A conversation with its whole transcript. */
    record Detail(UUID id, UUID leadId, Channel channel, String chatId, String stage, String resumeStage,
                  String language, String source, LeadProfile profile, String phone, UUID takenOverBy,
                  Viewing viewing, Instant createdAt, Instant updatedAt, List<StageVisit> stages,
                  List<TranscriptEntry> messages, boolean truncated) {
    }

    /** The booked viewing. */
    record Viewing(UUID appointmentId, String label, Instant start, String agentName) {
    }

    /** When the conversation entered a stage. */
    record StageVisit(String stage, Instant at) {
    }

    /**
     * One line of the transcript.
     *
     * @param direction  {@code in} (from the user or an agent's action) or {@code out} (to the user)
     * @param author     {@code user}, {@code bot}, {@code agent} or {@code system}
     * @param kind       {@code text}, {@code button}, {@code voice}, {@code photo}, {@code contact},
     *                   {@code document}, {@code location}, {@code other}, {@code edit}, {@code takeover},
     *                   {@code handback} or {@code reply}
     * @param transcript what a voice note said, when it was transcribed
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TranscriptEntry(Instant at, String direction, String author, String kind, String text,
                           String callbackData, Media media, String transcript, String phone, UUID agentId,
                           List<Button> buttons, List<Media> attachments) {
    }

    /** A button under a message. */
    record Button(String label, String callbackData) {
    }

    /** A file, by reference. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Media(String ref, String mimeType, String fileName, String kind) {
    }
}
