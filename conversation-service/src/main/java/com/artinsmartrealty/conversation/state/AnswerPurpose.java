package com.artinsmartrealty.conversation.state;

/** Why the bot asks the AI service for an answer. */
public enum AnswerPurpose {
    /** A question in the middle of qualification: a short answer, then the pending question again. */
    FAQ,
    /** Free conversation with a qualified lead. */
    ENGAGEMENT
}
