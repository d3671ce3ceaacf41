package com.artinsmartrealty.platform.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs tasks one after another per key and concurrently across keys, without locks or threads of
 * its own: each task starts when the previous task of its key has finished (successfully or not).
 * Only keys with work in flight are remembered.
 */
public final class KeyedSequencer {

    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /** The task's result, produced after every earlier task of the same key has finished. */
    public <T> Mono<T> submit(String key, Supplier<Mono<T>> task) {
        return Mono.defer(() -> {
            CompletableFuture<Void> turn = new CompletableFuture<>();
            CompletableFuture<Void> previous = tails.put(key, turn);
            Mono<Void> waitForTurn = previous == null || previous.isDone()
                    ? Mono.empty()
                    : Mono.fromFuture(previous, true).publishOn(Schedulers.parallel());
            return waitForTurn.then(Mono.defer(task)).doFinally(signal -> {
                tails.remove(key, turn);
                turn.complete(null);
            });
        });
    }

    /** How many keys have work queued or running. */
    public int activeKeys() {
        return tails.size();
    }
}
