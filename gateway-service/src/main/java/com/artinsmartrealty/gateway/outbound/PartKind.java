package com.artinsmartrealty.gateway.outbound;

/** What one message a channel accepted was. */
public enum PartKind {
    TEXT("text"),
    INTERACTIVE("interactive"),
    DOCUMENT("document"),
    TEMPLATE("template");

    private final String column;

    PartKind(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    static PartKind of(String column) {
        for (PartKind kind : values()) {
            if (kind.column.equals(column)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown part kind " + column);
    }
}
