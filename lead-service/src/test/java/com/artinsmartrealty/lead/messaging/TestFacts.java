package com.artinsmartrealty.lead.messaging;

import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.lead.leads.LeadFact;
import java.util.UUID;

/** The consumer's payload → fact mapping, for tests that apply events without the broker. */
public final class TestFacts {

    private TestFacts() {
    }

    public record Mapped(UUID leadId, LeadFact fact) {
    }

    public static Mapped of(EventPayload payload) {
        var mapped = FactMapping.of(payload).orElseThrow();
        return new Mapped(mapped.leadId(), mapped.fact());
    }
}
