package com.artinsmartrealty.conversation.persistence;

/**
 * A record a turn publishes, kept with the turn so a redelivered message republishes it unchanged.
 *
 * @param type     the envelope's type, for the record's {@code event-type} header
 * @param envelope the envelope as published (JSON)
 */
public record OutboxRecord(String topic, String key, String type, String envelope) {
}
