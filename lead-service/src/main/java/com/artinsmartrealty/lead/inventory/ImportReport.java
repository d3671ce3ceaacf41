package com.artinsmartrealty.lead.inventory;

import java.util.List;

/**
 * What a CSV import did: valid rows are imported together (created or updated by reference), invalid
 * rows are listed with why, and nothing else is written.
 */
public record ImportReport(int rows, int created, int updated, List<Rejected> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** A row that was not imported: its line in the file (the header is line 1) and why. */
    public record Rejected(long line, String reference, List<String> problems) {
    }
}
