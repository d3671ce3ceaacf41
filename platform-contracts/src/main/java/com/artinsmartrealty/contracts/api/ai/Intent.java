package com.artinsmartrealty.contracts.api.ai;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a user's message is for. */
public enum Intent {
    /** Answers the question the bot asked, or offers qualification details unprompted. */
    @JsonProperty("provideSlot") PROVIDE_SLOT,
    /** Asks something (FAQ, a listing, the process). */
    @JsonProperty("question") QUESTION,
    /** Wants a viewing, a meeting or a call. */
    @JsonProperty("scheduling") SCHEDULING,
    /** Wants to talk to a person. */
    @JsonProperty("humanRequest") HUMAN_REQUEST,
    /** Greetings, thanks, small talk. */
    @JsonProperty("smalltalk") SMALLTALK,
    /** None of the above. */
    @JsonProperty("other") OTHER
}
