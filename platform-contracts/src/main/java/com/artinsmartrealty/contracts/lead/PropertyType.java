package com.artinsmartrealty.contracts.lead;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of property a lead asks for and a listing is. */
public enum PropertyType {
    @JsonProperty("apartment") APARTMENT,
    @JsonProperty("villa") VILLA,
    @JsonProperty("penthouse") PENTHOUSE,
    @JsonProperty("townhouse") TOWNHOUSE,
    @JsonProperty("studio") STUDIO,
    @JsonProperty("duplex") DUPLEX,
    @JsonProperty("office") OFFICE,
    @JsonProperty("retail") RETAIL,
    @JsonProperty("land") LAND
}
