package com.artinsmartrealty.scheduling;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The scheduling service's settings.
 *
 * @param defaultTimeZone the zone of a tenant whose registration has not arrived yet
 */
@ConfigurationProperties("scheduling")
public record SchedulingProperties(ZoneId defaultTimeZone, Slots slots, Holds holds, Reminders reminders,
                                   Outbox outbox) {

    public SchedulingProperties {
        defaultTimeZone = defaultTimeZone == null ? ZoneId.of("Asia/Dubai") : defaultTimeZone;
        slots = slots == null ? new Slots(null, null, null, null, null, 0, 0) : slots;
        holds = holds == null ? new Holds(null) : holds;
        reminders = reminders == null ? new Reminders(null, null, 0) : reminders;
        outbox = outbox == null ? new Outbox(null, 0) : outbox;
    }

    /**
     * How viewings are laid out.
     *
     * @param length         how long a viewing takes
     * @param step           how far apart offered start times are
     * @param buffer         free time an agent keeps after each viewing
     * @param minimumNotice  how soon the first offered slot may start
     * @param horizon        how far ahead slots are offered and bookings accepted
     * @param dailyLimit     viewings a day per agent, unless the agent's availability says otherwise
     * @param offerMaxPerDay slots of one day in an offer to a chat, so an offer spans several days
     */
    public record Slots(Duration length, Duration step, Duration buffer, Duration minimumNotice, Duration horizon,
                        int dailyLimit, int offerMaxPerDay) {

        public Slots {
            length = length == null ? Duration.ofMinutes(60) : length;
            step = step == null ? Duration.ofMinutes(30) : step;
            buffer = buffer == null ? Duration.ofMinutes(15) : buffer;
            minimumNotice = minimumNotice == null ? Duration.ofHours(2) : minimumNotice;
            horizon = horizon == null ? Duration.ofDays(30) : horizon;
            dailyLimit = dailyLimit <= 0 ? 6 : dailyLimit;
            offerMaxPerDay = offerMaxPerDay <= 0 ? 2 : offerMaxPerDay;
            if (length.compareTo(Duration.ofMinutes(5)) < 0 || step.compareTo(Duration.ofMinutes(5)) < 0
                    || buffer.isNegative() || minimumNotice.isNegative() || horizon.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("scheduling.slots: length and step of 5 minutes or more, "
                        + "buffer and minimum notice not negative, a horizon of a day or more");
            }
        }
    }

    /** @param ttl how long slots offered to a chat are kept from other chats */
    public record Holds(Duration ttl) {

        public Holds {
            ttl = ttl == null ? Duration.ofMinutes(5) : ttl;
        }
    }

    /**
     * Reminders to the lead.
     *
     * @param before       how long before the viewing each reminder goes out
     * @param pollInterval how often due reminders are looked for
     * @param batchSize    reminders handled per look
     */
    public record Reminders(List<Duration> before, Duration pollInterval, int batchSize) {

        public Reminders {
            before = before == null ? List.of(Duration.ofHours(24), Duration.ofHours(1)) : List.copyOf(before);
            pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
            batchSize = batchSize <= 0 ? 100 : batchSize;
            if (before.stream().anyMatch(offset -> offset.toMinutes() <= 0)) {
                throw new IllegalArgumentException("scheduling.reminders.before: each at least a minute");
            }
        }
    }

    /**
     * The outbox relay.
     *
     * @param pollInterval how often the outbox is looked at when no commit announced new records
     * @param batchSize    records published per transaction
     */
    public record Outbox(Duration pollInterval, int batchSize) {

        public Outbox {
            pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
            batchSize = batchSize <= 0 ? 200 : batchSize;
        }
    }
}
