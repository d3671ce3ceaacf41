package com.artinsmartrealty.platform.messaging;

import java.util.Objects;

/** A record as it was read from Kafka: where it came from, its key and its undecoded value. */
public record ConsumedRecord(String topic, int partition, long offset, String key, byte[] value) {

    public ConsumedRecord {
        Objects.requireNonNull(topic, "topic");
    }

    /** Where the record was read, for logs and dead-letter headers. */
    public String position() {
        return topic + "-" + partition + "@" + offset;
    }
}
