package com.artinsmartrealty.lead.leads;

import com.artinsmartrealty.contracts.Channel;

/**
 * Who the lead is and where they talk to the agency: personal data, removed on erasure.
 *
 * @param phone  E.164, or null until captured
 * @param source the deep-link payload or campaign the lead came from
 */
public record Contact(Channel channel, String chatId, String displayName, String phone, String language,
                      String source) {

    public static final String DEFAULT_LANGUAGE = "en";

    public static Contact unknown() {
        return new Contact(null, null, null, null, DEFAULT_LANGUAGE, null);
    }

    Contact withPhone(String value) {
        return new Contact(channel, chatId, displayName, value, language, source);
    }

    Contact withLanguage(String value) {
        return new Contact(channel, chatId, displayName, phone, value, source);
    }

    Contact withDisplayName(String value) {
        return new Contact(channel, chatId, value, phone, language, source);
    }

    /** What is left after erasure: the channel and language, for anonymous statistics. */
    Contact erased() {
        return new Contact(channel, null, null, null, language, null);
    }
}
