package com.artinsmartrealty.conversation.persistence;

/** A record a turn publishes, kept with the turn so a redelivered message republishes it unchanged. */
public record OutboxRecord(String topic, String key, String envelope) {
}
