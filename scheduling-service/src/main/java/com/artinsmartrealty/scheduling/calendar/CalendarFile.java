package com.artinsmartrealty.scheduling.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An RFC 5545 calendar file with one event in its time zone (with the zone's {@code VTIMEZONE}), a UID
 * that stays the same for the event's life and a {@code SEQUENCE} that grows when it moves or is
 * cancelled, so calendar apps update the event they already have instead of adding another.
 */
public final class CalendarFile {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//ArtinSmartRealty//Scheduling//EN";
    private static final String UID_DOMAIN = "@scheduling.artinsmartrealty";

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<String, Optional<VTimeZone>> zones = new ConcurrentHashMap<>();

    /** The file's text, with CRLF line ends and folded lines. */
    public String render(CalendarEntry entry, Instant stamp) {
        Optional<VTimeZone> zone = zone(entry.zone().getId());
        VEvent event = zone.isPresent()
                ? new VEvent(entry.start().atZone(entry.zone()), entry.end().atZone(entry.zone()), entry.summary())
                : new VEvent(entry.start(), entry.end(), entry.summary());
        event.add(new Uid(entry.id() + UID_DOMAIN));
        event.replace(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Created(entry.created().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new LastModified(entry.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(entry.sequence()));
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        zone.ifPresent(calendar::add);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The zone's definition from ical4j's bundled database; none for zones it does not know (then UTC). */
    private Optional<VTimeZone> zone(String zoneId) {
        return zones.computeIfAbsent(zoneId, id -> {
            try {
                return Optional.ofNullable(registry.getTimeZone(id))
                        .map(net.fortuna.ical4j.model.TimeZone::getVTimeZone);
            } catch (RuntimeException unknown) {
                return Optional.empty();
            }
        });
    }
}
