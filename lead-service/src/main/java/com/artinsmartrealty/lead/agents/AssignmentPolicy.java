package com.artinsmartrealty.lead.agents;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Picks the agent for a newly qualified lead. */
public final class AssignmentPolicy {

    private AssignmentPolicy() {
    }

    /**
     * The agent to assign, or empty when the tenant has no active agent.
     *
     * @param agents       the tenant's roster
     * @param openLeads    open leads per agent (agents not named have none)
     * @param lastAssigned who got the previous lead, for round robin; may be null
     */
    public static Optional<UUID> choose(AssignmentStrategy strategy, List<Agent> agents, Map<UUID, Long> openLeads,
                                        UUID lastAssigned) {
        List<UUID> eligible = agents.stream()
                .filter(Agent::receivesLeads)
                .map(Agent::userId)
                .sorted()
                .toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (strategy) {
            case ROUND_ROBIN -> nextAfter(eligible, lastAssigned);
            case LEAST_LOADED -> eligible.stream()
                    .min(Comparator.<UUID>comparingLong(agent -> openLeads.getOrDefault(agent, 0L))
                            .thenComparing(Comparator.naturalOrder()))
                    .orElseThrow();
        });
    }

    private static UUID nextAfter(List<UUID> eligible, UUID lastAssigned) {
        if (lastAssigned == null) {
            return eligible.getFirst();
        }
        return eligible.stream()
                .filter(agent -> agent.compareTo(lastAssigned) > 0)
                .findFirst()
                .orElse(eligible.getFirst());
    }
}
