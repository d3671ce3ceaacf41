package com.artinsmartrealty.lead.leads;

import java.util.List;

/**
 * A lead as stored, with the score it was given at its last change and its agent's name.
 *
 * @param agentName null when unassigned or the agent is not in the roster
 */
public record StoredLead(Lead lead, int score, List<ScoreFactor> scoreFactors, String agentName) {

    public StoredLead {
        scoreFactors = List.copyOf(scoreFactors);
    }
}
