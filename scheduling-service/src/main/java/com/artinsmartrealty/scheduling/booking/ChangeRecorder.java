package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.scheduling.outbox.Outbox;
import com.artinsmartrealty.scheduling.reminders.ReminderPlan;
import com.artinsmartrealty.scheduling.reminders.ReminderStore;
import java.time.Instant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What follows from an appointment's events, in the transaction that stored them: each event is queued
 * for {@code appointment.events.v1}, and the lead's reminders are planned (booked, moved) or dropped
 * (cancelled, held, missed).
 */
@Component
class ChangeRecorder {

    private final Outbox outbox;
    private final ReminderStore reminders;
    private final ReminderPlan plan;

    ChangeRecorder(Outbox outbox, ReminderStore reminders, ReminderPlan plan) {
        this.outbox = outbox;
        this.reminders = reminders;
        this.plan = plan;
    }

    Mono<Void> record(Change change, Instant now) {
        Appointment after = change.next();
        return Flux.fromIterable(change.events())
                .concatMap(event -> outbox.append(AppointmentEvents.key(after),
                                AppointmentEvents.envelope(after, event, now), now)
                        .then(reminders(after, event, now)))
                .then();
    }

    private Mono<Void> reminders(Appointment after, AppointmentEvent event, Instant now) {
        return switch (event) {
            case AppointmentEvent.Booked booked -> plan(after, now);
            case AppointmentEvent.Rescheduled moved -> plan(after, now);
            case AppointmentEvent.StatusChanged changed -> changed.status().isOpen() ? Mono.empty()
                    : reminders.cancelPending(after.tenantId(), after.id());
        };
    }

    private Mono<Void> plan(Appointment after, Instant now) {
        if (after.chat() == null) {
            return Mono.empty();
        }
        return reminders.schedule(after.tenantId(), after.id(), plan.plan(after.id(), after.time().start(), now));
    }
}
