package com.artinsmartrealty.scheduling.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateLabelsTest {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    /** Wednesday 25 November 2026, 10:00 in Dubai: 4 Azar 1405 in the Solar Hijri calendar. */
    private static final Instant VIEWING = Instant.parse("2026-11-25T06:00:00Z");

    private final DateLabels labels = new DateLabels();

    @Test
    void persianUsesTheSolarHijriCalendarAndPersianDigits() {
        String label = labels.dayAndTime(VIEWING, DUBAI, "fa");

        assertThat(label).contains("چهارشنبه", "۴", "آذر", "۱۰:۰۰").doesNotContain("4", "10", "نوامبر");
    }

    @Test
    void arabicUsesArabicIndicDigits() {
        String label = labels.dayAndTime(VIEWING, DUBAI, "ar");

        assertThat(label).contains("الأربعاء", "٢٥", "نوفمبر", "١٠:٠٠").doesNotContainPattern("[0-9]");
    }

    @Test
    void englishAndRussianAsUsual() {
        assertThat(labels.dayAndTime(VIEWING, DUBAI, "en")).isEqualTo("Wednesday 25 November at 10:00");
        assertThat(labels.dayAndTime(VIEWING, DUBAI, "ru")).contains("среда", "25 ноября", "10:00");
    }

    @Test
    void theTenantsZoneDecidesTheLocalTime() {
        assertThat(labels.time(VIEWING, ZoneId.of("Europe/Moscow"), "en")).isEqualTo("09:00");
        assertThat(labels.time(VIEWING, DUBAI, "fa")).isEqualTo("۱۰:۰۰");
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertThat(labels.dayAndTime(VIEWING, DUBAI, "de")).isEqualTo("Wednesday 25 November at 10:00");
        assertThat(labels.dayAndTime(VIEWING, DUBAI, null)).isEqualTo("Wednesday 25 November at 10:00");
    }
}
