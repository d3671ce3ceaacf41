package com.artinsmartrealty.contracts;

import java.util.List;

/** Topic names: {@code <context>.<kind>.v1}, each with a dead-letter twin. */
public final class Topics {

    /** Messages from users (published by the gateway) and agents' actions on chats; key {@link ChatKey}. */
    public static final String CHAT_INBOUND = "chat.inbound.v1";
    /** Messages to users, published by the conversation service (and reminders); key {@link ChatKey}. */
    public static final String CHAT_OUTBOUND = "chat.outbound.v1";
    /** Conversation state changes and timings; key {@link AggregateKey} of the conversation. */
    public static final String CONVERSATION_EVENTS = "conversation.events.v1";
    /** Facts about leads; key {@link AggregateKey} of the lead. */
    public static final String LEAD_EVENTS = "lead.events.v1";
    /** Appointment lifecycle; key {@link AggregateKey} of the appointment. */
    public static final String APPOINTMENT_EVENTS = "appointment.events.v1";
    /** Language model usage and cost; key {@link AggregateKey} of the tenant's usage stream. */
    public static final String AI_USAGE = "ai.usage.v1";
    /** Tenant lifecycle, plans and users; key {@link AggregateKey} of the tenant (or of the user). */
    public static final String TENANT_EVENTS = "platform.tenants.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** Every event topic, without the dead-letter topics. */
    public static List<String> eventTopics() {
        return List.of(CHAT_INBOUND, CHAT_OUTBOUND, CONVERSATION_EVENTS, LEAD_EVENTS, APPOINTMENT_EVENTS,
                AI_USAGE, TENANT_EVENTS);
    }

    /** Every topic the platform uses, dead-letter topics included. */
    public static List<String> allTopics() {
        return eventTopics().stream()
                .flatMap(topic -> java.util.stream.Stream.of(topic, deadLetterOf(topic)))
                .toList();
    }

    /** Where records of {@code topic} go when they cannot be processed. */
    public static String deadLetterOf(String topic) {
        if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException("already a dead-letter topic: " + topic);
        }
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The topic a dead-letter topic backs. */
    public static String originOf(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException("not a dead-letter topic: " + deadLetterTopic);
        }
        return deadLetterTopic.substring(0, deadLetterTopic.length() - DEAD_LETTER_SUFFIX.length());
    }
}
