package com.artinsmartrealty.contracts.lead;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Buy or rent. */
public enum Transaction {
    @JsonProperty("buy") BUY,
    @JsonProperty("rent") RENT
}
