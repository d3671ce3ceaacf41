package com.artinsmartrealty.ai.i18n;

/** Every sentence the service says itself, by its key in {@code i18n/ai/texts_<lang>.properties}. */
public enum Text {
    /** A voice note could not be transcribed because no provider can do it now. */
    VOICE_UNAVAILABLE("voice.unavailable"),
    /** A voice note could not be read: corrupt, silent, too long or not audio. */
    VOICE_FAILED("voice.failed"),
    /** A photo could not be read: corrupt, unclear or not a picture. */
    IMAGE_FAILED("image.failed"),
    /** A photo could not be looked at now. */
    IMAGE_UNAVAILABLE("image.unavailable"),
    /** Nothing in the knowledge base or the listings answers the question. */
    NO_ANSWER("reply.noAnswer"),
    /** An answer to a greeting. */
    SMALLTALK_GREETING("reply.smalltalk.greeting"),
    /** An answer to thanks. */
    SMALLTALK_THANKS("reply.smalltalk.thanks"),
    /** An answer to a goodbye. */
    SMALLTALK_BYE("reply.smalltalk.bye"),
    /** An answer to a request for a person. */
    HUMAN_REQUEST("reply.humanRequest"),
    /** A listing's title and where it is: {0} title, {1} community. */
    LISTING_IN("reply.listing.in"),
    /** A listing's bedrooms: {0} the count, 0 for a studio. */
    LISTING_BEDROOMS("reply.listing.bedrooms"),
    /** A listing's price: {0} the amount, {1} the currency. */
    LISTING_PRICE("reply.listing.price"),
    /** Between the details of a listing. */
    LISTING_SEPARATOR("reply.listing.separator"),
    /** A listing in one sentence: {0} title (and where), {1} its details. */
    LISTING_SUMMARY("reply.listing.summary"),
    /** A listing's summary and the sentence of its description that answers: {0} summary, {1} sentence. */
    LISTING_ANSWER("reply.listing.answer");

    private final String key;

    Text(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
