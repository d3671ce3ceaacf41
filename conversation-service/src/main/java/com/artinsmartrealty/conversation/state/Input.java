package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.lead.PropertyType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something the conversation reacts to: what the user sent, what an agent did from the dashboard, or
 * the answer of another service to a call the decider asked for. Answers come back in the same turn.
 */
public sealed interface Input {

    // What the user sent.

    /** Typed text that is not a command. */
    record TextMessage(String text) implements Input {
    }

    /** A command: {@code /start payload}, {@code /restart}, {@code /language fa}. */
    record Command(String name, String argument) implements Input {
    }

    /** A button the bot offered was pressed. */
    record ButtonPressed(String data) implements Input {
    }

    /** A voice note arrived. */
    record VoiceNote(Media media, int durationSeconds) implements Input {
    }

    /** A photo arrived. */
    record PhotoSent(Media media, String caption) implements Input {
    }

    /** A phone contact was shared; {@code own} when the channel proves it is the sender's own number. */
    record ContactShared(String phone, boolean own) implements Input {
    }

    /** An edit of an earlier message: ignored. */
    record Edited() implements Input {
    }

    /** Anything else the channel delivered (documents, locations, stickers). */
    record Unexpected(String description) implements Input {
    }

    // What an agent did.

    /** An agent took the chat over. */
    record AgentTookOver(UUID agentId) implements Input {
    }

    /** The agent handed the chat back to the bot. */
    record AgentHandedBack(UUID agentId) implements Input {
    }

    /** An agent wrote to the user. */
    record AgentReplied(UUID agentId, String text) implements Input {
    }

    // Answers of the AI service.

    /** The AI service read a message the bot could not. */
    record Understood(String text, Intent intent, String language, Entities entities) implements Input {
    }

    /** The AI service could not be asked in time. */
    record NotUnderstood(String text) implements Input {
    }

    /** An answer to the user's question, in the conversation's language. */
    record Answered(String text) implements Input {
    }

    /** No answer could be had. */
    record NotAnswered() implements Input {
    }

    /** A voice note as text, with its language and the details it gives. */
    record Transcribed(String transcript, String language, Entities entities) implements Input {
    }

    /** The voice note could not be transcribed. */
    record NotTranscribed() implements Input {
    }

    /** What a photo shows; every field may be null. */
    record PhotoRead(String description, PropertyType propertyType, Integer bedrooms) implements Input {
    }

    /** The photo could not be read. */
    record PhotoNotRead() implements Input {
    }

    // Answers of lead-service.

    /** Listings for the lead, best first, and how they relate to the lead's wishes. */
    record MatchesFound(MatchPurpose purpose, List<ShownListing> listings, Fit fit) implements Input {
        public MatchesFound {
            listings = List.copyOf(listings);
        }
    }

    /** No listings could be had. */
    record MatchesUnavailable(MatchPurpose purpose) implements Input {
    }

    // Answers of scheduling-service.

    /** Open viewing times, held for this chat until {@code heldUntil}; empty when none is open. */
    record SlotsOpen(List<OfferedSlot> slots, Instant heldUntil) implements Input {
        public SlotsOpen {
            slots = List.copyOf(slots);
        }
    }

    /** Times could not be had. */
    record SlotsUnavailable() implements Input {
    }

    /** The chosen time is booked. */
    record ViewingConfirmed(BookedViewing viewing) implements Input {
    }

    /** Someone else took the chosen time first; fresh times instead. */
    record SlotTaken(List<OfferedSlot> alternatives) implements Input {
        public SlotTaken {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** The booking could not be made. */
    record BookingUnavailable() implements Input {
    }

    /** Reads typed text, telling commands from ordinary text. */
    static Input ofText(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("/") && trimmed.length() > 1 && Character.isLetter(trimmed.charAt(1))) {
            int space = trimmed.indexOf(' ');
            String name = (space < 0 ? trimmed.substring(1) : trimmed.substring(1, space)).toLowerCase();
            int at = name.indexOf('@');
            if (at >= 0) {
                name = name.substring(0, at);
            }
            String argument = space < 0 ? null : trimmed.substring(space + 1).strip();
            return new Command(name, argument == null || argument.isEmpty() ? null : argument);
        }
        return new TextMessage(trimmed);
    }
}
