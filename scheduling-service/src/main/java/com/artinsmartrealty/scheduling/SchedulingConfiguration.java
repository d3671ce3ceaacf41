package com.artinsmartrealty.scheduling;

import com.artinsmartrealty.scheduling.calendar.CalendarFile;
import com.artinsmartrealty.scheduling.i18n.DateLabels;
import com.artinsmartrealty.scheduling.i18n.Texts;
import com.artinsmartrealty.scheduling.reminders.ReminderPlan;
import com.artinsmartrealty.scheduling.slots.SlotPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The service's plain objects, built once from its settings. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    SlotPolicy slotPolicy(SchedulingProperties properties) {
        SchedulingProperties.Slots slots = properties.slots();
        return new SlotPolicy(slots.length(), slots.step(), slots.buffer(), slots.minimumNotice(), slots.horizon(),
                slots.dailyLimit(), slots.offerMaxPerDay());
    }

    @Bean
    ReminderPlan reminderPlan(SchedulingProperties properties) {
        return new ReminderPlan(properties.reminders().before());
    }

    @Bean
    DateLabels dateLabels() {
        return new DateLabels();
    }

    @Bean
    Texts texts() {
        return new Texts();
    }

    @Bean
    CalendarFile calendarFile() {
        return new CalendarFile();
    }

    /** Transactions outside any tenant: only the outbox relay uses them. */
    @Bean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
        return TransactionalOperator.create(transactionManager);
    }
}
