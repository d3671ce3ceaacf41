package com.artinsmartrealty.analytics.report;

import java.util.List;

/**
 * How fast things happen, in milliseconds: the bot's first reply to a new chat, slot filling (the
 * time the required slots took, per conversation that finished it, and per slot), and agents'
 * first action on a lead after it was assigned. A null average means nothing was measured.
 */
public record Timings(Period period, FirstReply firstReply, SlotFilling slotFilling, AgentResponse agentResponse) {

    public record FirstReply(long chats, Double avgMillis, Double p50Millis, Double p90Millis,
                             List<ChannelFirstReply> byChannel) {
    }

    public record ChannelFirstReply(String channel, long chats, Double avgMillis) {
    }

    public record SlotFilling(long conversations, Double avgMillis, List<SlotDuration> bySlot) {
    }

    public record SlotDuration(String slot, long fills, Double avgMillis) {
    }

    public record AgentResponse(long leads, Double avgMillis) {
    }
}
