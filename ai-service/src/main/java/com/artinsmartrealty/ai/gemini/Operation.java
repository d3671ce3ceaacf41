package com.artinsmartrealty.ai.gemini;

/** What a model call is for, as {@code LlmUsageRecorded.operation} names it. */
public enum Operation {
    UNDERSTAND("understand"), REPLY("reply"), TRANSCRIBE("transcribe"), VISION("vision");

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
