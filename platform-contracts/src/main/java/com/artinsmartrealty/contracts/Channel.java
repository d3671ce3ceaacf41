package com.artinsmartrealty.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A conversation channel. The wire name is also the middle part of a chat record key. */
public enum Channel {
    TELEGRAM("telegram"),
    WHATSAPP("whatsapp"),
    WEBCHAT("webchat");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static Channel fromWireName(String value) {
        for (Channel channel : values()) {
            if (channel.wireName.equals(value)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel: " + value);
    }
}
