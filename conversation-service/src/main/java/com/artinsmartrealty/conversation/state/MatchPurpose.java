package com.artinsmartrealty.conversation.state;

/** Why listings were looked up: for the lead's profile, or for a photo the lead sent. */
public enum MatchPurpose {
    PROFILE, PHOTO
}
