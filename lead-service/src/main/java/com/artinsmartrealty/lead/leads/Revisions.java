package com.artinsmartrealty.lead.leads;

/**
 * The highest conversation revision applied per kind of fact. A fact at or below its kind's revision
 * is older than what the lead already shows and changes nothing.
 */
public record Revisions(long profile, long phone, long language, long voice) {

    public static final Revisions NONE = new Revisions(-1, -1, -1, -1);

    Revisions withProfile(long revision) {
        return new Revisions(revision, phone, language, voice);
    }

    Revisions withPhone(long revision) {
        return new Revisions(profile, revision, language, voice);
    }

    Revisions withLanguage(long revision) {
        return new Revisions(profile, phone, revision, voice);
    }

    Revisions withVoice(long revision) {
        return new Revisions(profile, phone, language, revision);
    }
}
