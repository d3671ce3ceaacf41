package com.artinsmartrealty.contracts.api.lead;

import java.util.List;

/**
 * {@code GET /internal/listings}: every active listing of the caller's tenant.
 *
 * @param version changes whenever any listing of the tenant is added, changed or removed (for example
 *                the latest change time and the count), so a reader can keep what it built from the
 *                catalog until the version moves
 */
public record ListingCatalog(List<ListingDocument> items, String version) {

    /** The path lead-service serves the catalog at. */
    public static final String PATH = "/internal/listings";

    public ListingCatalog {
        items = items == null ? List.of() : List.copyOf(items);
        version = version == null ? "" : version;
    }
}
