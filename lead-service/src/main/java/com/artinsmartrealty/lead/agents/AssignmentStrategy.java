package com.artinsmartrealty.lead.agents;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a qualified lead finds its agent. */
public enum AssignmentStrategy {
    /** The next active agent after the one who got the previous lead. */
    @JsonProperty("roundRobin") ROUND_ROBIN,
    /** The active agent with the fewest open leads. */
    @JsonProperty("leastLoaded") LEAST_LOADED
}
