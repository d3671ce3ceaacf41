package com.artinsmartrealty.contracts.api.scheduling;

import java.util.List;

/**
 * The body of a {@code 409} for a lost booking race: an RFC 9457 problem ({@code type}, {@code title},
 * {@code status}, {@code detail}) with fresh {@code alternatives}.
 */
public record BookingConflict(String type, String title, int status, String detail, List<OpenSlot> alternatives) {

    public BookingConflict {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
