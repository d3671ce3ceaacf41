package com.artinsmartrealty.contracts.chat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ContractsMother;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentActionRequestedTest {

    @Test
    void aReplyNeedsTextAndOtherActionsCarryNone() {
        assertThatThrownBy(() -> action(AgentActionRequested.Action.REPLY, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> action(AgentActionRequested.Action.TAKEOVER, "hello"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AgentActionRequested action(AgentActionRequested.Action action, String text) {
        return new AgentActionRequested(UUID.randomUUID(), ContractsMother.LEAD, Channel.WEBCHAT, "s-1",
                ContractsMother.AGENT, action, text);
    }
}
