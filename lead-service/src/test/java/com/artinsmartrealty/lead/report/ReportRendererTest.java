package com.artinsmartrealty.lead.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.agents.AssignmentStrategy;
import com.artinsmartrealty.lead.inventory.ListingMother;
import com.artinsmartrealty.lead.leads.Profile;
import com.artinsmartrealty.lead.matching.MatchResult;
import com.artinsmartrealty.lead.matching.Matcher;
import com.artinsmartrealty.lead.settings.LeadSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Reports are checked by what a reader gets out of them: the text PDFBox extracts (which undoes the
 * visual right-to-left order and the shaped letter forms) must hold the words in logical order and
 * the figures in the language's digits.
 */
class ReportRendererTest {

    private static final ReportRenderer RENDERER = new ReportRenderer(new ReportFonts());
    private static final Profile INVESTOR = new Profile(Goal.INVESTMENT, 1_000_000L, 1_500_000L, "AED",
            PropertyType.APARTMENT, Transaction.BUY, "Dubai Marina", 1);
    private static final LeadSettings AGENCY = new LeadSettings(AssignmentStrategy.ROUND_ROBIN, new BigDecimal("5"),
            "Demo Realty Dubai", "+97145550100", "hello@demo.example", "https://demo.example");
    private static final Instant NOVEMBER_24 = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void aPersianReportReadsRightToLeftWithPersianDigits() throws IOException {
        String text = extract(render("fa", "سارا"));

        assertThat(text).contains("گزارش ملک شما");
        assertThat(text).contains("تهیه‌شده برای سارا".replace("\u200c", ""));
        assertThat(text).contains("سرمایه‌گذاری".replace("\u200c", ""));
        assertThat(text).contains("بازده خالص");
        // 1,200,000 AED in Persian digits with the Persian thousands separator, and the 5-year value.
        assertThat(text).contains("۱٬۲۰۰٬۰۰۰");
        assertThat(text).contains("۱٬۵۳۱٬۵۳۸");
        // Net yield of the Marina apartment: (85,000 - 18,000) / 1,200,000 = 5.58 %.
        assertThat(text).contains("۵٫۵۸");
        // 3 Azar 1405 in the Solar Hijri calendar.
        assertThat(text).contains("۱۴۰۵");
        // Only the agency's phone keeps Latin digits, as it is dialled.
        assertThat(text.replace("97145550100", "")).doesNotContainPattern("[0-9]");
    }

    @Test
    void anArabicReportReadsRightToLeftWithArabicIndicDigits() throws IOException {
        String text = extract(render("ar", "ليلى"));

        assertThat(text).contains("تقرير العقارات الخاص بك");
        assertThat(text).contains("أُعدّ من أجل ليلى");
        assertThat(text).contains("العائد الصافي");
        assertThat(text).contains("١٬٢٠٠٬٠٠٠");
        assertThat(text).contains("٥٫٥٨");
        assertThat(text).contains("درهم");
    }

    @Test
    void anEnglishReportHasTheMatchesTheirYieldsAndTheAgencyContact() throws IOException {
        String text = extract(render("en", "Sara"));

        assertThat(text).contains("Your property report", "Prepared for Sara on November 24, 2026");
        assertThat(text).contains("1,200,000 AED", "Net yield", "5.58%", "Value after 5 years", "1,531,538 AED");
        assertThat(text).contains("Demo Realty Dubai", "+97145550100", "hello@demo.example");
    }

    @Test
    void aRussianReportUsesCyrillicText() throws IOException {
        String text = extract(render("ru", "Анна"));

        assertThat(text).contains("Ваш отчёт по недвижимости", "Подготовлено для Анна");
        assertThat(text).contains("Чистая доходность");
    }

    @Test
    void aReportWithoutMatchesSaysSo() throws IOException {
        Profile nothing = new Profile(Goal.LIVING, 100_000L, 200_000L, "AED", PropertyType.VILLA, Transaction.RENT,
                null, null);
        MatchResult none = new Matcher(BigDecimal.TEN, new BigDecimal("5")).match(nothing, List.of(), 5);
        byte[] pdf = RENDERER.render(new ReportData("en", null, nothing, none, AGENCY, new BigDecimal("5"),
                NOVEMBER_24, "Asia/Dubai"));

        assertThat(extract(pdf)).contains("We have nothing like this right now", "Prepared on November 24, 2026");
    }

    private static byte[] render(String language, String name) {
        MatchResult matches = new Matcher(BigDecimal.TEN, new BigDecimal("5")).match(INVESTOR, ListingMother.dubai(), 3);
        return RENDERER.render(new ReportData(language, name, INVESTOR, matches, AGENCY, new BigDecimal("5"),
                NOVEMBER_24, "Asia/Dubai"));
    }

    static String extract(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\u200c", "");
        }
    }
}
