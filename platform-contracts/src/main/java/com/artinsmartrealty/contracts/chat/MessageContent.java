package com.artinsmartrealty.contracts.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/** What an inbound message holds. {@code kind} names it on the wire. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MessageContent.Text.class, name = "text"),
        @JsonSubTypes.Type(value = MessageContent.ButtonPress.class, name = "button"),
        @JsonSubTypes.Type(value = MessageContent.Voice.class, name = "voice"),
        @JsonSubTypes.Type(value = MessageContent.Photo.class, name = "photo"),
        @JsonSubTypes.Type(value = MessageContent.Document.class, name = "document"),
        @JsonSubTypes.Type(value = MessageContent.SharedContact.class, name = "contact"),
        @JsonSubTypes.Type(value = MessageContent.Location.class, name = "location"),
        @JsonSubTypes.Type(value = MessageContent.Unsupported.class, name = "unsupported")
})
public sealed interface MessageContent {

    /** Typed text, commands ({@code /start payload}) included. */
    record Text(String text) implements MessageContent {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A button the bot offered was pressed; {@code callbackData} is what the button carried. */
    record ButtonPress(String callbackData) implements MessageContent {
        public ButtonPress {
            Objects.requireNonNull(callbackData, "callbackData");
        }
    }

    /** A voice note or audio file. */
    record Voice(MediaRef media, int durationSeconds) implements MessageContent {
        public Voice {
            Objects.requireNonNull(media, "media");
        }
    }

    /** A photo, with its caption if any. */
    record Photo(MediaRef media, String caption) implements MessageContent {
        public Photo {
            Objects.requireNonNull(media, "media");
        }
    }

    /** A document, with its caption if any. */
    record Document(MediaRef media, String caption) implements MessageContent {
        public Document {
            Objects.requireNonNull(media, "media");
        }
    }

    /**
     * A shared phone contact. {@code sendersOwn} is true only when the channel proves it is the
     * sender's own number (Telegram: the contact's user id equals the sender's).
     */
    record SharedContact(String phoneNumber, boolean sendersOwn) implements MessageContent {
        public SharedContact {
            Objects.requireNonNull(phoneNumber, "phoneNumber");
        }
    }

    /** A shared location. */
    record Location(double latitude, double longitude) implements MessageContent {
    }

    /** Something the channel delivered that the platform does not read (stickers, polls, ...). */
    record Unsupported(String description) implements MessageContent {
    }
}
