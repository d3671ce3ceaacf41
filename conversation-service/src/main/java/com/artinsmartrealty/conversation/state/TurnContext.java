package com.artinsmartrealty.conversation.state;

import java.time.Instant;

/**
 * What a decision may know besides the state and the input. Nothing else reaches the decider, so it
 * stays a pure function.
 *
 * @param now             the time of the turn
 * @param clientLanguage  the language the user's client reports, or null
 * @param senderPhone     the sender's own number when the channel vouches for it (WhatsApp), or null
 * @param sessionExpired  the user wrote after the session had expired (no message for the session TTL)
 * @param defaultCurrency the tenant's currency for amounts that name none
 */
public record TurnContext(Instant now, String clientLanguage, String senderPhone, boolean sessionExpired,
                          String defaultCurrency) {

    /** The context of the decisions that follow within the same turn (answers of other services). */
    public TurnContext followUp() {
        return sessionExpired ? new TurnContext(now, clientLanguage, senderPhone, false, defaultCurrency) : this;
    }
}
