package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import com.artinsmartrealty.conversation.state.Input;
import reactor.core.publisher.Mono;

/** Performs a call the decider asked for and answers with the input it feeds back. */
public interface ServiceCalls {

    /**
     * Never fails: a service that is down, slow or answers nonsense gives the call's "unavailable"
     * input, so the conversation falls back instead of failing.
     *
     * @param state the conversation at the time of the call (its language, profile, listings)
     */
    Mono<Input> perform(Effect.Call call, ConversationState state, CallScope scope);
}
