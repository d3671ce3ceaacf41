package com.artinsmartrealty.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class LogContextTest {

    @BeforeAll
    static void install() {
        LogContext.install();
        Hooks.enableAutomaticContextPropagation();
    }

    /** Leaves the platform default (automatic) on for whatever runs next in this JVM. */
    @AfterEach
    void automaticPropagationBackOn() {
        Hooks.enableAutomaticContextPropagation();
    }

    @Test
    void withAutomaticPropagationLogFieldsFollowTheChainAcrossThreads() {
        Mono<Map<String, String>> seen = Mono.fromCallable(() -> Map.of(
                        "tenant", String.valueOf(MDC.get(LogContext.TENANT_ID)),
                        "chat", String.valueOf(MDC.get(LogContext.CHAT_KEY)),
                        "thread", Thread.currentThread().getName()))
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.parallel())
                .contextWrite(LogContext.fields("tenant-1", "tenant-1:telegram:42", null));

        StepVerifier.create(seen)
                .assertNext(fields -> {
                    assertThat(fields.get("tenant")).isEqualTo("tenant-1");
                    assertThat(fields.get("chat")).isEqualTo("tenant-1:telegram:42");
                    assertThat(fields.get("thread")).startsWith("boundedElastic");
                })
                .verifyComplete();
    }

    @Test
    void withAutomaticPropagationFieldsDoNotLeakOutOfTheirChain() {
        StepVerifier.create(Mono.fromCallable(() -> String.valueOf(MDC.get(LogContext.TENANT_ID)))
                        .contextWrite(LogContext.fields("tenant-2", null, null)))
                .expectNext("tenant-2")
                .verifyComplete();

        assertThat(MDC.get(LogContext.TENANT_ID)).isNull();
    }

    @Test
    void withoutAutomaticPropagationALoggedLineStillHasTheFieldsAndOnlyIt() {
        Hooks.disableAutomaticContextPropagation();
        var lines = new CopyOnWriteArrayList<String>();
        Mono<String> chain = Mono.fromCallable(() -> "plain code sees " + MDC.get(LogContext.TENANT_ID))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(lines::add)
                .then(LogContext.<String>logged(() -> lines.add("logged line sees " + MDC.get(LogContext.TENANT_ID)
                        + " and " + MDC.get(LogContext.CORRELATION_ID))))
                .publishOn(Schedulers.parallel())
                .contextWrite(LogContext.fields("tenant-3", null, "corr-3"));

        StepVerifier.create(chain).verifyComplete();

        assertThat(lines).containsExactly("plain code sees null", "logged line sees tenant-3 and corr-3");
        assertThat(MDC.get(LogContext.TENANT_ID)).isNull();
    }
}
