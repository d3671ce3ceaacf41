package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.conversation.ConversationProperties;
import com.artinsmartrealty.conversation.state.ConversationDecider;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.conversation.state.Transition;
import com.artinsmartrealty.conversation.state.TurnContext;
import com.artinsmartrealty.platform.logging.LogContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs one turn: decides on the input, performs the calls the decision asks for (one after another,
 * depth first) and decides again on each answer, until no call is left or the turn's call budget is
 * spent. The events, the replies and the final state come out together, to be stored and published as
 * one turn.
 */
@Component
public class TurnRunner {

    private static final Logger log = LoggerFactory.getLogger(TurnRunner.class);

    private final ServiceCalls calls;
    private final int maxCalls;

    TurnRunner(ServiceCalls calls, ConversationProperties properties) {
        this.calls = calls;
        this.maxCalls = properties.maxCallsPerTurn();
    }

    public Mono<TurnOutcome> run(ConversationState state, Input input, TurnContext context, CallScope scope) {
        return Mono.defer(() -> step(new Progress(state), input, context, scope));
    }

    private Mono<TurnOutcome> step(Progress progress, Input input, TurnContext context, CallScope scope) {
        progress.absorb(ConversationDecider.decide(progress.state, input, context));
        Effect.Call next = progress.pending.pollFirst();
        if (next == null) {
            return Mono.just(progress.outcome());
        }
        if (progress.calls >= maxCalls) {
            return LogContext.logged(() -> log.warn("A turn asked for more than {} calls; the rest were dropped",
                    maxCalls)).thenReturn(progress.outcome());
        }
        progress.calls++;
        return calls.perform(next, progress.state, scope)
                .flatMap(answer -> step(progress, answer, context.followUp(), scope));
    }

    /** The turn so far. Used by one reactive chain at a time, step after step. */
    private static final class Progress {
        private ConversationState state;
        private final List<ConversationEvent> events = new ArrayList<>();
        private final List<Effect.SendReply> replies = new ArrayList<>();
        private final Deque<Effect.Call> pending = new ArrayDeque<>();
        private int calls;

        Progress(ConversationState state) {
            this.state = state;
        }

        void absorb(Transition transition) {
            for (ConversationEvent event : transition.events()) {
                state = state.evolve(event);
                events.add(event);
            }
            List<Effect.Call> asked = new ArrayList<>();
            for (Effect effect : transition.effects()) {
                switch (effect) {
                    case Effect.SendReply reply -> replies.add(reply);
                    case Effect.Call call -> asked.add(call);
                }
            }
            for (int i = asked.size() - 1; i >= 0; i--) {
                pending.addFirst(asked.get(i));
            }
        }

        TurnOutcome outcome() {
            return new TurnOutcome(state, events, replies, calls);
        }
    }
}
