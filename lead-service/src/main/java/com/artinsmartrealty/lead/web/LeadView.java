package com.artinsmartrealty.lead.web;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.leads.Lead;
import com.artinsmartrealty.lead.leads.LeadStatus;
import com.artinsmartrealty.lead.leads.StoredLead;
import java.time.Instant;
import java.util.UUID;

/** A lead in the dashboard's list. */
public record LeadView(UUID id, LeadStatus status, String name, String phone, String language, Channel channel,
                       String chatId, String source, Goal goal, Long budgetMin, Long budgetMax, String currency,
                       PropertyType propertyType, Transaction transaction, String area, Integer bedrooms,
                       UUID agentId, String agentName, int score, Instant createdAt, Instant updatedAt,
                       Instant lastActivityAt) {

    public static LeadView of(StoredLead stored) {
        Lead lead = stored.lead();
        var contact = lead.contact();
        var profile = lead.profile();
        return new LeadView(lead.id(), lead.status(), contact.displayName(), contact.phone(), contact.language(),
                contact.channel(), contact.chatId(), contact.source(), profile.goal(), profile.budgetMin(),
                profile.budgetMax(), profile.currency(), profile.propertyType(), profile.transaction(),
                profile.area(), profile.bedrooms(), lead.assignedAgentId(), stored.agentName(), stored.score(),
                lead.createdAt(), lead.updatedAt(), lead.engagement().lastActivityAt());
    }
}
