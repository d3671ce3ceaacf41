package com.artinsmartrealty.scheduling.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dates and times as a lead reads them, with ICU: Persian in the Solar Hijri calendar with Persian
 * digits, Arabic with Arabic-Indic digits, English and Russian in the Gregorian calendar. The order of
 * the parts and the words between them come from CLDR for each language.
 */
public final class DateLabels {

    private static final Map<String, ULocale> LOCALES = Map.of(
            "fa", new ULocale("fa_IR@calendar=persian;numbers=arabext"),
            "ar", new ULocale("ar@calendar=gregorian;numbers=arab"),
            "en", new ULocale("en_GB@calendar=gregorian"),
            "ru", new ULocale("ru@calendar=gregorian"));

    /** Weekday, day, month and 24-hour time: "Wednesday 25 November at 10:00". */
    private static final String DAY_AND_TIME = "EEEEdMMMMHHmm";
    private static final String TIME = "HHmm";

    private final Map<String, DateFormat> dayAndTime;
    private final Map<String, DateFormat> time;

    public DateLabels() {
        this.dayAndTime = formats(DAY_AND_TIME);
        this.time = formats(TIME);
    }

    /** The start of a viewing with its day, in {@code zone}, in the language (English when unknown). */
    public String dayAndTime(Instant instant, ZoneId zone, String language) {
        return format(dayAndTime, instant, zone, language);
    }

    /** Only the time of day, in {@code zone}. */
    public String time(Instant instant, ZoneId zone, String language) {
        return format(time, instant, zone, language);
    }

    private static String format(Map<String, DateFormat> formats, Instant instant, ZoneId zone, String language) {
        // ICU formats are not thread-safe: each call works on its own copy of the prototype.
        DateFormat format = (DateFormat) formats.get(Languages.of(language)).clone();
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(instant));
    }

    private static Map<String, DateFormat> formats(String skeleton) {
        return LOCALES.keySet().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                language -> DateFormat.getInstanceForSkeleton(skeleton, LOCALES.get(language))));
    }
}
