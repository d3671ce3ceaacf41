package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.conversation.slots.Profile;
import java.util.List;

/** What the engine must do after a decision: send replies, or call another service and feed the answer back. */
public sealed interface Effect {

    /**
     * Send the user a message.
     *
     * @param language       the language to render the texts in
     * @param lines          paragraphs of the message
     * @param requestContact offer the channel's "share my number" control
     */
    record SendReply(String language, Author author, List<Text> lines, List<Choice> choices, List<FileToSend> files,
                     boolean requestContact) implements Effect {
        public SendReply {
            lines = List.copyOf(lines);
            choices = List.copyOf(choices);
            files = List.copyOf(files);
        }
    }

    /** A call to another service; its answer comes back to the decider as an {@link Input}. */
    sealed interface Call extends Effect {
    }

    /**
     * Ask the AI service what a message the bot could not read means.
     *
     * @param expecting the slot the bot asked for ({@code goal}, {@code budget}, ...), or null
     */
    record Understand(String text, String expecting) implements Call {
    }

    /** Ask the AI service to answer the user's question. */
    record Answer(String question, AnswerPurpose purpose) implements Call {
    }

    /** Ask the AI service to transcribe a voice note. */
    record Transcribe(Media media) implements Call {
    }

    /** Ask the AI service what a photo shows. */
    record ReadPhoto(Media media) implements Call {
    }

    /** Ask lead-service for the best listings for {@code profile}. */
    record FindMatches(Profile profile, MatchPurpose purpose) implements Call {
    }

    /** Ask scheduling-service for open viewing times, held for this chat. */
    record OfferSlots() implements Call {
    }

    /** Ask scheduling-service to book {@code slot}. */
    record Book(OfferedSlot slot) implements Call {
    }
}
