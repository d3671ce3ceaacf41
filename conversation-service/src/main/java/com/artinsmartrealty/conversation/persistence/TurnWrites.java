package com.artinsmartrealty.conversation.persistence;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.codec.Json;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes turns to PostgreSQL by group commit (ADR 19): at most {@link #STATEMENTS} statement is on its
 * way at a time, and the turns that finish meanwhile wait and go together in the next one, up to
 * {@link #MOST_TURNS} in a statement ({@code save_turns}, migration V5). With little traffic every turn
 * goes alone and at once; under load a statement carries several, so the round trip and the database's
 * work per statement are shared instead of paid per message.
 *
 * <p>Each turn gets its own answer from {@code save_turn}. When a statement fails as a whole, its turns
 * are written again one per statement, so a turn that cannot be written fails alone.
 */
final class TurnWrites {

    /**
     * Statements on their way at once. One: the turns of a statement's round trip go together in the
     * next (two were measured: smaller batches, more CPU per turn, a longer tail).
     */
    static final int STATEMENTS = 1;
    /** Turns in one statement at most. */
    static final int MOST_TURNS = 32;
    private static final String SAVE = "select turn, saved from save_turns($1::jsonb)";

    private final DatabaseClient database;
    private final JsonMapper json;
    private final DistributionSummary turnsPerStatement;
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger onTheirWay = new AtomicInteger();
    private final AtomicInteger draining = new AtomicInteger();

    TurnWrites(DatabaseClient database, JsonMapper json, MeterRegistry meters) {
        this.database = database;
        this.json = json;
        this.turnsPerStatement = DistributionSummary.builder("conversation.turns.per.write")
                .description("Turns written to PostgreSQL by one statement (group commit)")
                .register(meters);
    }

    /**
     * Writes one turn.
     *
     * @return {@code save_turn}'s answer: 1 saved, 0 not at the revision it started from, 2 seen before
     */
    Mono<Integer> write(Row row) {
        return Mono.create(sink -> {
            waiting.offer(new Waiting(row, sink));
            drain();
        });
    }

    private void drain() {
        if (draining.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            while (!waiting.isEmpty() && onTheirWay.get() < STATEMENTS) {
                List<Waiting> batch = new ArrayList<>();
                for (Waiting next; batch.size() < MOST_TURNS && (next = waiting.poll()) != null; ) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    break;
                }
                onTheirWay.incrementAndGet();
                turnsPerStatement.record(batch.size());
                send(batch, true);
            }
            missed = draining.addAndGet(-missed);
        } while (missed != 0);
    }

    private void send(List<Waiting> batch, boolean together) {
        boolean[] answered = new boolean[batch.size()];
        Mono.defer(() -> database.sql(SAVE)
                        .bind(0, Json.of(array(batch)))
                        .map(result -> new int[] {result.get("turn", Integer.class),
                                result.get("saved", Integer.class)})
                        .all()
                        .doOnNext(answer -> {
                            answered[answer[0]] = true;
                            batch.get(answer[0]).sink().success(answer[1]);
                        })
                        .then())
                .subscribe(null, failure -> {
                    for (int i = 0; i < batch.size(); i++) {
                        if (answered[i]) {
                            continue;
                        }
                        if (together && batch.size() > 1) {
                            send(List.of(batch.get(i)), false);
                        } else {
                            batch.get(i).sink().error(failure);
                        }
                    }
                    finished(together);
                }, () -> {
                    // A turn without an answer would wait for ever: none is expected, but none waits.
                    for (int i = 0; i < batch.size(); i++) {
                        if (!answered[i]) {
                            batch.get(i).sink().error(new IllegalStateException("save_turns gave no answer"));
                        }
                    }
                    finished(together);
                });
    }

    /** One statement of the group commit is done (its turns may be written again one by one). */
    private void finished(boolean together) {
        if (together) {
            onTheirWay.decrementAndGet();
            drain();
        }
    }

    /** The statement's parameter: the turns as one JSON array, in a buffer sized for them (not copied). */
    private ByteBuffer array(List<Waiting> batch) {
        int size = 2;
        for (Waiting one : batch) {
            size += one.row().estimatedSize();
        }
        Buffer out = new Buffer(size);
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            for (Waiting one : batch) {
                one.row().write(generator);
            }
            generator.writeEndArray();
        }
        return out.written();
    }

    /** A byte array output that hands over what was written without copying it. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer(int size) {
            super(size);
        }

        ByteBuffer written() {
            return ByteBuffer.wrap(buf, 0, count);
        }
    }

    /**
     * One turn's parameters of {@code save_turn}; the JSON ones already written.
     *
     * @param previousRevision null for a conversation that begins with this turn
     * @param inbound          null when the turn keeps no note of what arrived
     */
    record Row(UUID tenant, UUID id, String channel, String chatId, String stage, String state, String recent,
               long revision, Long previousRevision, String at, String language, UUID takenOverBy,
               String channelMessageId, String inbound, String events, String outbox) {

        /** About the bytes this row takes as JSON (more for text outside ASCII; the buffer then grows). */
        int estimatedSize() {
            return 512 + chatId.length() + (channelMessageId == null ? 0 : channelMessageId.length())
                    + state.length() + recent.length() + events.length() + outbox.length()
                    + (inbound == null ? 0 : inbound.length());
        }

        void write(JsonGenerator out) {
            out.writeStartObject();
            out.writeStringProperty("tenant", tenant.toString());
            out.writeStringProperty("id", id.toString());
            out.writeStringProperty("channel", channel);
            out.writeStringProperty("chat_id", chatId);
            out.writeStringProperty("stage", stage);
            out.writeName("state");
            out.writeRawValue(state);
            out.writeName("recent");
            out.writeRawValue(recent);
            out.writeNumberProperty("revision", revision);
            if (previousRevision != null) {
                out.writeNumberProperty("previous_revision", previousRevision);
            }
            out.writeStringProperty("at", at);
            out.writeStringProperty("language", language);
            if (takenOverBy != null) {
                out.writeStringProperty("taken_over_by", takenOverBy.toString());
            }
            out.writeStringProperty("channel_message_id", channelMessageId);
            if (inbound != null) {
                out.writeName("inbound");
                out.writeRawValue(inbound);
            }
            out.writeName("events");
            out.writeRawValue(events);
            out.writeName("outbox");
            out.writeRawValue(outbox);
            out.writeEndObject();
        }
    }

    private record Waiting(Row row, MonoSink<Integer> sink) {
    }
}
