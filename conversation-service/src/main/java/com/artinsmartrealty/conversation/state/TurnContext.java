package com.artinsmartrealty.conversation.state;

import java.time.Instant;

/**
 * What a decision may know besides the state and the input: the time and the language the user's
 * client reports. Nothing else reaches the decider, so it stays a pure function.
 */
public record TurnContext(Instant now, String clientLanguage) {
}
