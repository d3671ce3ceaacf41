package com.artinsmartrealty.lead.export;

import com.artinsmartrealty.lead.leads.Lead;
import com.artinsmartrealty.lead.leads.StoredLead;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes leads to an .xlsx stream row by row (fastexcel, inline strings, rows flushed every
 * {@link #FLUSH_EVERY}), so memory stays flat however many leads there are.
 */
public final class LeadWorkbook implements AutoCloseable {

    static final int FLUSH_EVERY = 500;
    static final String[] COLUMNS = {"Lead id", "Created", "Status", "Name", "Phone", "Language", "Channel", "Chat id",
        "Source", "Goal", "Budget min", "Budget max", "Currency", "Property type", "Transaction", "Area", "Bedrooms",
        "Score", "Agent id", "Agent", "Last activity"};
    private static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";

    private final Workbook workbook;
    private final Worksheet sheet;
    private final ZoneId zone;
    private int row;

    public LeadWorkbook(OutputStream out, ZoneId zone) {
        this.workbook = new Workbook(out, "ArtinSmartRealty", "1.0");
        this.sheet = workbook.newWorksheet("Leads");
        this.zone = zone;
        for (int column = 0; column < COLUMNS.length; column++) {
            sheet.inlineString(0, column, COLUMNS[column]);
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    public void add(StoredLead stored) {
        Lead lead = stored.lead();
        var contact = lead.contact();
        var profile = lead.profile();
        int column = 0;
        text(column++, lead.id().toString());
        date(column++, lead.createdAt());
        text(column++, lead.status().name());
        text(column++, contact.displayName());
        text(column++, contact.phone());
        text(column++, contact.language());
        text(column++, contact.channel() == null ? null : contact.channel().wireName());
        text(column++, contact.chatId());
        text(column++, contact.source());
        text(column++, profile.goal() == null ? null : profile.goal().name().toLowerCase(java.util.Locale.ROOT));
        number(column++, profile.budgetMin());
        number(column++, profile.budgetMax());
        text(column++, profile.currency());
        text(column++, profile.propertyType() == null ? null
                : profile.propertyType().name().toLowerCase(java.util.Locale.ROOT));
        text(column++, profile.transaction() == null ? null
                : profile.transaction().name().toLowerCase(java.util.Locale.ROOT));
        text(column++, profile.area());
        number(column++, profile.bedrooms());
        number(column++, stored.score());
        text(column++, lead.assignedAgentId() == null ? null : lead.assignedAgentId().toString());
        text(column++, stored.agentName());
        date(column, lead.engagement().lastActivityAt());
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Rows written so far, the header included. */
    public int rows() {
        return row;
    }

    private void text(int column, String value) {
        if (value != null) {
            sheet.inlineString(row, column, value);
        }
    }

    private void number(int column, Number value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }

    private void date(int column, java.time.Instant value) {
        if (value != null) {
            sheet.value(row, column, value.atZone(zone).toLocalDateTime());
            sheet.style(row, column).format(DATE_FORMAT).set();
        }
    }

    @Override
    public void close() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
