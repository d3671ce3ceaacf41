package com.artinsmartrealty.lead.report;

import com.artinsmartrealty.lead.i18n.LeadTexts;
import com.artinsmartrealty.lead.leads.Profile;
import com.artinsmartrealty.lead.matching.Fit;
import com.artinsmartrealty.lead.matching.Match;
import com.artinsmartrealty.lead.matching.Projection;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Date;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A lead's report as a PDF in the lead's language: what they look for, the listings selected with
 * why, each sale listing's yields and five-year projection, and the agency's contact. Persian and
 * Arabic run right to left and are shaped (joined letter forms) by OpenPDF; numbers and dates use the
 * language's digits (and the Solar Hijri calendar in Persian). Blocking and CPU-bound: call it off
 * the event loop.
 */
public final class ReportRenderer {

    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    private static final Color ACCENT = new Color(0x0F, 0x76, 0x6E);
    private static final Color BAND = new Color(0xEC, 0xFD, 0xF5);

    private final ReportFonts fonts;

    public ReportRenderer(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(ReportData data) {
        String language = LeadTexts.languageOf(data.language());
        Writer writer = new Writer(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter pdf = PdfWriter.getInstance(document, out);
            pdf.setRunDirection(writer.direction);
            document.addTitle(LeadTexts.text(language, "report.title"));
            document.open();
            header(document, writer, data);
            wishes(document, writer, data.profile());
            matches(document, writer, data);
            contact(document, writer, data);
            document.add(writer.paragraph(LeadTexts.text(language, "report.disclaimer", data.appreciationPct()), 8,
                    false, MUTED, 18));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render the report", e);
        }
        return out.toByteArray();
    }

    private void header(Document document, Writer writer, ReportData data) throws DocumentException {
        String language = writer.language;
        if (data.agency().agencyName() != null) {
            document.add(writer.paragraph(data.agency().agencyName(), 11, true, ACCENT, 0));
        }
        document.add(writer.paragraph(LeadTexts.text(language, "report.title"), 20, true, INK, 4));
        String date = date(language, data);
        String prepared = data.leadName() == null || data.leadName().isBlank()
                ? LeadTexts.text(language, "report.preparedOn", date)
                : LeadTexts.text(language, "report.preparedFor", data.leadName(), date);
        document.add(writer.paragraph(prepared, 10, false, MUTED, 2));
    }

    private void wishes(Document document, Writer writer, Profile profile) throws DocumentException {
        String language = writer.language;
        document.add(writer.paragraph(LeadTexts.text(language, "report.wishes"), 14, true, INK, 16));
        PdfPTable table = writer.table(new float[] {1, 2});
        writer.row(table, text(language, "label.goal"), profile.goal() == null ? notGiven(language)
                : text(language, "goal." + profile.goal().name().toLowerCase(Locale.ROOT)));
        writer.row(table, text(language, "label.budget"), budget(language, profile));
        writer.row(table, text(language, "label.propertyType"), profile.propertyType() == null ? notGiven(language)
                : text(language, "type." + profile.propertyType().name().toLowerCase(Locale.ROOT)));
        writer.row(table, text(language, "label.transaction"), profile.transaction() == null ? notGiven(language)
                : text(language, "transaction." + profile.transaction().name().toLowerCase(Locale.ROOT)));
        if (profile.area() != null) {
            writer.row(table, text(language, "label.area"), profile.area());
        }
        if (profile.bedrooms() != null) {
            writer.row(table, text(language, "label.bedrooms"), LeadTexts.number(language, profile.bedrooms()));
        }
        document.add(table);
    }

    private void matches(Document document, Writer writer, ReportData data) throws DocumentException {
        String language = writer.language;
        document.add(writer.paragraph(LeadTexts.text(language, "report.matches"), 14, true, INK, 16));
        Fit fit = data.matches().fit();
        if (fit != Fit.WITHIN_BUDGET) {
            String key = switch (fit) {
                case ABOVE_BUDGET -> "report.fit.aboveBudget";
                case RENT_INSTEAD -> "report.fit.rentInstead";
                case NO_INVENTORY, WITHIN_BUDGET -> "report.fit.noInventory";
            };
            document.add(writer.paragraph(text(language, key), 10, false, MUTED, 4));
        }
        int index = 1;
        for (Match match : data.matches().matches()) {
            listing(document, writer, match, index++);
        }
    }

    private void listing(Document document, Writer writer, Match match, int index) throws DocumentException {
        String language = writer.language;
        var listing = match.listing();
        String title = LeadTexts.number(language, index) + ". " + listing.title(language);
        document.add(writer.paragraph(title, 12, true, ACCENT, 12));
        PdfPTable details = writer.table(new float[] {1, 2});
        String price = listing.transaction() == com.artinsmartrealty.contracts.lead.Transaction.RENT
                ? text(language, "label.pricePerYear", listing.price(), LeadTexts.currencyName(language, listing.currency()))
                : LeadTexts.money(language, listing.price(), listing.currency());
        writer.row(details, text(language, "label.price"), price);
        writer.row(details, text(language, "label.propertyType"),
                text(language, "type." + listing.type().name().toLowerCase(Locale.ROOT)));
        writer.row(details, text(language, "label.community"), listing.community());
        if (listing.bedrooms() != null) {
            writer.row(details, text(language, "label.bedrooms"), LeadTexts.number(language, listing.bedrooms()));
        }
        if (listing.sizeSqft() != null) {
            writer.row(details, text(language, "label.size"), text(language, "label.sizeValue", listing.sizeSqft()));
        }
        writer.row(details, text(language, "label.handover"), listing.handoverDate() == null
                ? text(language, "label.ready")
                : LeadTexts.number(language, listing.handoverDate().getYear()).replace("٬", "").replace(",", ""));
        writer.row(details, text(language, "label.why"), LeadTexts.reason(language, match.reason()));
        document.add(details);
        if (match.projection() != null) {
            roi(document, writer, match.projection(), listing.currency());
        }
    }

    private void roi(Document document, Writer writer, Projection roi, String currency) throws DocumentException {
        String language = writer.language;
        document.add(writer.paragraph(text(language, "roi.title"), 11, true, INK, 6));
        PdfPTable figures = writer.table(new float[] {1, 1});
        writer.row(figures, text(language, "roi.annualRent"), LeadTexts.money(language, roi.annualRent(), currency));
        writer.row(figures, text(language, "roi.serviceCharges"),
                LeadTexts.money(language, roi.annualServiceCharges(), currency));
        writer.row(figures, text(language, "roi.grossYield"), LeadTexts.percent(language, roi.grossYieldPct()));
        writer.row(figures, text(language, "roi.netYield"), LeadTexts.percent(language, roi.netYieldPct()));
        writer.row(figures, text(language, "roi.appreciation"), LeadTexts.percent(language, roi.appreciationPct()));
        writer.row(figures, text(language, "roi.value5y"), LeadTexts.money(language, roi.projectedValue5y(), currency));
        writer.row(figures, text(language, "roi.return5y"), LeadTexts.percent(language, roi.projectedReturnPct5y()));
        document.add(figures);

        PdfPTable years = writer.table(new float[] {1, 2, 2});
        writer.header(years, text(language, "roi.year"), text(language, "roi.value"), text(language, "roi.netRent"));
        long yearlyNet = roi.annualRent() - roi.annualServiceCharges();
        for (int year = 1; year <= roi.yearlyValues().size(); year++) {
            writer.cells(years, LeadTexts.number(language, year),
                    LeadTexts.money(language, roi.yearlyValues().get(year - 1), currency),
                    LeadTexts.money(language, yearlyNet * year, currency));
        }
        document.add(years);
    }

    private void contact(Document document, Writer writer, ReportData data) throws DocumentException {
        var agency = data.agency();
        if (agency.agencyName() == null && agency.agencyPhone() == null && agency.agencyEmail() == null
                && agency.agencyWebsite() == null) {
            return;
        }
        String language = writer.language;
        document.add(writer.paragraph(text(language, "report.contact"), 14, true, INK, 16));
        PdfPTable table = writer.table(new float[] {1, 2});
        if (agency.agencyName() != null) {
            writer.row(table, text(language, "report.contact"), agency.agencyName());
        }
        if (agency.agencyPhone() != null) {
            // A phone number stays as it is dialled, in Latin digits.
            writer.row(table, text(language, "contact.phone"), agency.agencyPhone());
        }
        if (agency.agencyEmail() != null) {
            writer.row(table, text(language, "contact.email"), agency.agencyEmail());
        }
        if (agency.agencyWebsite() != null) {
            writer.row(table, text(language, "contact.website"), agency.agencyWebsite());
        }
        document.add(table);
    }

    private static String budget(String language, Profile profile) {
        String currency = LeadTexts.currencyName(language, profile.currency());
        if (profile.budgetMin() != null && profile.budgetMax() != null) {
            return text(language, "label.budgetRange", profile.budgetMin(), profile.budgetMax(), currency);
        }
        if (profile.budgetMax() != null) {
            return text(language, "label.budgetUpTo", profile.budgetMax(), currency);
        }
        if (profile.budgetMin() != null) {
            return text(language, "label.budgetFrom", profile.budgetMin(), currency);
        }
        return notGiven(language);
    }

    private static String date(String language, ReportData data) {
        ULocale locale = "fa".equals(language) ? new ULocale("fa@calendar=persian;numbers=arabext")
                : LeadTexts.locale(language);
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
        format.setTimeZone(TimeZone.getTimeZone(data.timeZone()));
        return format.format(Date.from(data.preparedAt()));
    }

    private static String notGiven(String language) {
        return text(language, "label.notGiven");
    }

    private static String text(String language, String key, Object... args) {
        return LeadTexts.text(language, key, args);
    }

    /** Layout helpers bound to one document's language and direction. */
    private final class Writer {

        final String language;
        final int direction;
        final int alignment;

        Writer(String language) {
            this.language = language;
            boolean rightToLeft = LeadTexts.isRightToLeft(language);
            this.direction = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
            // OpenPDF mirrors alignment in right-to-left cells: "left" is the start of the line.
            this.alignment = Element.ALIGN_LEFT;
        }

        Phrase phrase(String text, float size, boolean bold, Color color) {
            return fonts.selector(direction == PdfWriter.RUN_DIRECTION_RTL, bold, size, color).process(text);
        }

        /** A block of text as a one-cell borderless table: tables are where OpenPDF applies RTL. */
        PdfPTable paragraph(String text, float size, boolean bold, Color color, float spacingBefore) {
            PdfPTable table = table(new float[] {1});
            PdfPCell cell = cell(phrase(text, size, bold, color));
            cell.setPaddingLeft(0);
            cell.setPaddingRight(0);
            table.addCell(cell);
            table.setSpacingBefore(spacingBefore);
            return table;
        }

        PdfPTable table(float[] widths) {
            PdfPTable table = new PdfPTable(widths.length);
            try {
                table.setWidths(widths);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            table.setWidthPercentage(100);
            table.setRunDirection(direction);
            table.setSpacingBefore(4);
            return table;
        }

        void row(PdfPTable table, String label, String value) {
            PdfPCell labelCell = cell(phrase(label, 10, true, MUTED));
            labelCell.setBackgroundColor(BAND);
            table.addCell(labelCell);
            table.addCell(cell(phrase(value, 10, false, INK)));
        }

        void header(PdfPTable table, String... labels) {
            for (String label : labels) {
                PdfPCell cell = cell(phrase(label, 9, true, MUTED));
                cell.setBackgroundColor(BAND);
                table.addCell(cell);
            }
            table.setHeaderRows(1);
        }

        void cells(PdfPTable table, String... values) {
            for (String value : values) {
                table.addCell(cell(phrase(value, 9, false, INK)));
            }
        }

        PdfPCell cell(Phrase phrase) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(4);
            cell.setRunDirection(direction);
            cell.setArabicOptions(ColumnText.AR_COMPOSEDTASHKEEL);
            cell.setHorizontalAlignment(alignment);
            return cell;
        }
    }

}
