package com.artinsmartrealty.scheduling.web;

import java.util.List;

/** A list answer: {@code {"items": [...], "nextCursor": ...}}; the cursor is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
