package com.artinsmartrealty.gateway.outbound;

/** Where an outbound message stands. */
public enum DeliveryStatus {
    /** Received; not every part is with the channel yet. */
    PENDING("pending", false),
    /** The channel accepted every part (its own reports, delivered and read, are on the parts). */
    SENT("sent", true),
    /** The WhatsApp window was closed: the approved template went instead of the message. */
    TEMPLATE_SENT("template_sent", true),
    /** The channel reported afterwards that it could not deliver it. */
    FAILED("failed", true),
    /** The user blocked the bot while this was being sent. */
    BLOCKED("blocked", true),
    /** Not sent: the chat was already known to be unreachable. */
    UNREACHABLE("unreachable", true),
    /** Given up after the last attempt, or refused by the channel; the record is on the dead-letter topic. */
    DEAD_LETTERED("dead_lettered", true);

    private final String column;
    private final boolean terminal;

    DeliveryStatus(String column, boolean terminal) {
        this.column = column;
        this.terminal = terminal;
    }

    public String column() {
        return column;
    }

    /** True when nothing more will be attempted. */
    public boolean terminal() {
        return terminal;
    }

    static DeliveryStatus of(String column) {
        for (DeliveryStatus status : values()) {
            if (status.column.equals(column)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown delivery status " + column);
    }
}
