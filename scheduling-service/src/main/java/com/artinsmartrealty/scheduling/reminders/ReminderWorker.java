package com.artinsmartrealty.scheduling.reminders;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.SchedulingProperties;
import com.artinsmartrealty.scheduling.i18n.DateLabels;
import com.artinsmartrealty.scheduling.i18n.Texts;
import com.artinsmartrealty.scheduling.outbox.Outbox;
import com.artinsmartrealty.scheduling.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends due reminders to leads through the normal outbound path ({@code chat.outbound.v1}). Each one is
 * claimed with {@code for update skip locked}, marked sent and queued in the outbox in one transaction,
 * so with any number of instances and restarts it goes out once; its message id is fixed, so even a
 * repeated publish is delivered once. Time comes from the injected clock.
 */
@Component
public class ReminderWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderWorker.class);
    private static final Set<String> OPEN = Set.of("BOOKED", "CONFIRMED", "RESCHEDULED");

    private final ReminderStore store;
    private final TenantTransactions tenants;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final ReminderPlan plan;
    private final Texts texts;
    private final DateLabels labels;
    private final Clock clock;
    private final Duration pollInterval;
    private final int batchSize;
    private volatile Disposable running;

    ReminderWorker(ReminderStore store, TenantTransactions tenants, Outbox outbox, OutboxRelay relay,
                   ReminderPlan plan, Texts texts, DateLabels labels, Clock clock, SchedulingProperties properties) {
        this.store = store;
        this.tenants = tenants;
        this.outbox = outbox;
        this.relay = relay;
        this.plan = plan;
        this.texts = texts;
        this.labels = labels;
        this.clock = clock;
        this.pollInterval = properties.reminders().pollInterval();
        this.batchSize = properties.reminders().batchSize();
    }

    /** Handles every reminder due now; the number this instance sent. */
    public Mono<Integer> sendDue() {
        Instant now = clock.instant();
        return store.due(now, batchSize)
                .concatMap(due -> tenants.inTenant(due.tenantId(), store.claim(due, now)
                        .flatMap(claimed -> handle(claimed, now))
                        .defaultIfEmpty(0)))
                .reduce(0, Integer::sum)
                .doOnNext(sent -> {
                    if (sent > 0) {
                        relay.nudge();
                    }
                });
    }

    private Mono<Integer> handle(ReminderStore.Claimed claimed, Instant now) {
        boolean open = OPEN.contains(claimed.status());
        boolean send = claimed.channel() != null
                && plan.shouldSend(claimed.due().minutesBefore(), claimed.start(), open, now);
        Mono<Void> settle = store.settle(claimed.due(), now, send);
        if (!send) {
            return settle.thenReturn(0);
        }
        ChatKey chat = new ChatKey(claimed.due().tenantId(), Channel.fromWireName(claimed.channel()), claimed.chatId());
        ReplyComposed reply = new ReplyComposed(claimed.messageId(), chat.channel(), chat.chatId(),
                claimed.language(), ReplyComposed.Author.SYSTEM, text(claimed, now), List.of(), List.of(), false);
        EventEnvelope envelope = EventEnvelope.of(claimed.messageId(), chat.tenantId(), now,
                "appointment:" + claimed.due().appointmentId(), null, reply);
        return settle.then(outbox.append(chat.value(), envelope, now)).thenReturn(1);
    }

    private String text(ReminderStore.Claimed claimed, Instant now) {
        if (Duration.between(now, claimed.start()).compareTo(ReminderPlan.SOON) <= 0) {
            return texts.text(claimed.language(), "reminder.soon", claimed.agentName(),
                    labels.time(claimed.start(), claimed.zone(), claimed.language()));
        }
        return texts.text(claimed.language(), "reminder.upcoming", claimed.agentName(),
                labels.dayAndTime(claimed.start(), claimed.zone(), claimed.language()));
    }

    @Override
    public void start() {
        running = Flux.interval(pollInterval)
                .onBackpressureDrop()
                .concatMap(tick -> sendDue().onErrorResume(error -> {
                    log.warn("Sending due reminders failed; they stay due and are retried: {}", error.toString());
                    return Mono.just(0);
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
