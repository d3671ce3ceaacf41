package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.time.Interval;
import java.util.UUID;

/** An open viewing slot with one agent. */
public record Slot(UUID agentId, String agentName, Interval time) {
}
