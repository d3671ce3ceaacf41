package com.artinsmartrealty.contracts.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A file sent with an outbound message. */
public record Attachment(Kind kind, MediaRef media, String caption) {

    public Attachment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(media, "media");
    }

    /** How the channel should present the file. */
    public enum Kind {
        @JsonProperty("document") DOCUMENT,
        @JsonProperty("photo") PHOTO,
        @JsonProperty("calendar") CALENDAR
    }
}
