package com.artinsmartrealty.contracts.lead;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The qualification slots a conversation fills. */
public enum Slot {
    @JsonProperty("goal") GOAL,
    @JsonProperty("budget") BUDGET,
    @JsonProperty("propertyType") PROPERTY_TYPE,
    @JsonProperty("transaction") TRANSACTION,
    @JsonProperty("area") AREA,
    @JsonProperty("bedrooms") BEDROOMS
}
