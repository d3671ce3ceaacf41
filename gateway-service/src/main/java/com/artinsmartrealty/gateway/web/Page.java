package com.artinsmartrealty.gateway.web;

import java.util.List;

/** A page of a list, as every list endpoint answers: {@code {"items": [...], "nextCursor": ...}}. */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
