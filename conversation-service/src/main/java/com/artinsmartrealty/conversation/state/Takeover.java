package com.artinsmartrealty.conversation.state;

import java.util.UUID;

/**
 * Human takeover from the dashboard: while an agent has the chat the bot stays silent (what the user
 * writes is still stored with the turn); handed back, the bot resumes where it was.
 */
final class Takeover {

    private Takeover() {
    }

    static void tookOver(Decision d, UUID agentId) {
        if (d.stage() instanceof Stage.HumanTakeover) {
            if (!agentId.equals(d.state().agentId())) {
                d.apply(new ConversationEvent.TakenOver(agentId));
            }
            return;
        }
        d.apply(new ConversationEvent.StageEntered(new Stage.HumanTakeover(d.stage())));
        d.apply(new ConversationEvent.TakenOver(agentId));
        d.relay(Author.SYSTEM, Text.of("agent.joined"));
    }

    /** An agent's reply; replying to a chat the bot still has takes it over, so the two never talk at once. */
    static void replied(Decision d, Input.AgentReplied reply) {
        tookOver(d, reply.agentId());
        d.relay(Author.AGENT, Text.verbatim(reply.text()));
    }

    static void handedBack(Decision d, UUID agentId) {
        if (!(d.stage() instanceof Stage.HumanTakeover takeover)) {
            return;
        }
        d.apply(new ConversationEvent.StageEntered(takeover.resumeAt()));
        d.apply(new ConversationEvent.HandedBack(agentId));
        if (!(takeover.resumeAt() instanceof Stage.Start)) {
            d.say("agent.handedBack");
            Prompts.ask(d);
        }
    }
}
