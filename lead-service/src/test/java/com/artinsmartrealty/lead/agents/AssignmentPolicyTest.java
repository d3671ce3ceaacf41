package com.artinsmartrealty.lead.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentPolicyTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");
    private static final List<Agent> ROSTER = List.of(
            new Agent(C, "Cyrus", Agent.AGENT, true),
            new Agent(A, "Azadeh", Agent.AGENT, true),
            new Agent(B, "Bahram", Agent.AGENT, false),
            new Agent(UUID.randomUUID(), "Admin", Agent.TENANT_ADMIN, true));

    @Test
    void roundRobinGoesToTheNextActiveAgentAndWrapsAround() {
        assertThat(AssignmentPolicy.choose(AssignmentStrategy.ROUND_ROBIN, ROSTER, Map.of(), null)).hasValue(A);
        assertThat(AssignmentPolicy.choose(AssignmentStrategy.ROUND_ROBIN, ROSTER, Map.of(), A)).hasValue(C);
        assertThat(AssignmentPolicy.choose(AssignmentStrategy.ROUND_ROBIN, ROSTER, Map.of(), C)).hasValue(A);
        // The previous agent left the roster: the next one after them still gets it.
        assertThat(AssignmentPolicy.choose(AssignmentStrategy.ROUND_ROBIN, ROSTER, Map.of(), B)).hasValue(C);
    }

    @Test
    void leastLoadedGoesToTheActiveAgentWithFewestOpenLeads() {
        assertThat(AssignmentPolicy.choose(AssignmentStrategy.LEAST_LOADED, ROSTER, Map.of(A, 5L, C, 2L, B, 0L), null))
                .hasValue(C);
        assertThat(AssignmentPolicy.choose(AssignmentStrategy.LEAST_LOADED, ROSTER, Map.of(A, 1L), null)).hasValue(C);
    }

    @Test
    void nobodyGetsTheLeadWhenNoAgentIsActive() {
        List<Agent> inactive = List.of(new Agent(A, "A", Agent.AGENT, false),
                new Agent(B, "B", Agent.TENANT_ADMIN, true));
        assertThat(AssignmentPolicy.choose(AssignmentStrategy.ROUND_ROBIN, inactive, Map.of(), null)).isEmpty();
        assertThat(AssignmentPolicy.choose(AssignmentStrategy.LEAST_LOADED, List.of(), Map.of(), null)).isEmpty();
    }
}
