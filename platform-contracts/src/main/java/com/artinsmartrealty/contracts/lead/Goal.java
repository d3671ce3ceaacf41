package com.artinsmartrealty.contracts.lead;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why the lead looks for property. */
public enum Goal {
    @JsonProperty("investment") INVESTMENT,
    @JsonProperty("living") LIVING,
    @JsonProperty("residency") RESIDENCY
}
