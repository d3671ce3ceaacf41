package com.artinsmartrealty.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class KeyedSequencerTest {

    private final KeyedSequencer sequencer = new KeyedSequencer();
    private final List<String> done = new CopyOnWriteArrayList<>();

    @Test
    void tasksOfOneKeyRunInSubmissionOrderEvenWhenTheFirstIsSlow() {
        Sinks.Empty<Void> slow = Sinks.empty();
        sequencer.submit("chat-1", () -> slow.asMono().then(record("first"))).subscribe();
        sequencer.submit("chat-1", () -> record("second")).subscribe();

        assertThat(done).isEmpty();
        slow.tryEmitEmpty();

        await().atMost(Duration.ofSeconds(5)).until(() -> done.size() == 2);
        assertThat(done).containsExactly("first", "second");
    }

    @Test
    void aSlowKeyDoesNotHoldBackOtherKeys() {
        Sinks.Empty<Void> slow = Sinks.empty();
        sequencer.submit("chat-1", () -> slow.asMono().then(record("slow"))).subscribe();

        sequencer.submit("chat-2", () -> record("other")).as(StepVerifier::create).verifyComplete();

        assertThat(done).containsExactly("other");
        assertThat(sequencer.activeKeys()).isEqualTo(1);
        slow.tryEmitEmpty();
    }

    @Test
    void aFailedTaskDoesNotBlockTheNextOfItsKey() {
        sequencer.submit("chat-1", () -> Mono.error(new IllegalStateException("boom")))
                .as(StepVerifier::create).verifyError(IllegalStateException.class);

        sequencer.submit("chat-1", () -> record("after failure")).as(StepVerifier::create).verifyComplete();

        assertThat(done).containsExactly("after failure");
        assertThat(sequencer.activeKeys()).isZero();
    }

    private Mono<Void> record(String name) {
        return Mono.fromRunnable(() -> done.add(name));
    }
}
