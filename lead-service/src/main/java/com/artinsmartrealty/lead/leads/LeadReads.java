package com.artinsmartrealty.lead.leads;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reading leads as a caller may see them. */
@Component
public class LeadReads {

    private final TenantTransactions tenants;
    private final LeadStore leads;
    private final LeadUpdates updates;
    private final Clock clock;

    LeadReads(TenantTransactions tenants, LeadStore leads, LeadUpdates updates, Clock clock) {
        this.tenants = tenants;
        this.leads = leads;
        this.updates = updates;
        this.clock = clock;
    }

    /** A lead the caller may see, or empty; erased leads are gone for everyone. */
    public Mono<StoredLead> find(Access access, UUID leadId) {
        return leads.findInTenant(access.tenantId(), leadId).filter(stored -> visible(access, stored));
    }

    /** The lead with its history, notes and a score as of now. */
    public Mono<LeadDetails> details(Access access, UUID leadId) {
        return tenants.inTenant(access.tenantId(), visible(access, leadId)
                .flatMap(stored -> leads.history(leadId).collectList()
                        .flatMap(history -> leads.notes(leadId).collectList()
                                .flatMap(notes -> updates.fittingListings(stored.lead().profile())
                                        .map(fitting -> new LeadDetails(stored,
                                                LeadScorer.score(stored.lead(), fitting, clock.instant()),
                                                history, notes))))));
    }

    /** One page of the leads the caller may see; an agent's page holds only their own leads. */
    public Mono<List<StoredLead>> page(Access access, LeadQuery query) {
        LeadQuery scoped = access.onlyAgent() == null ? query
                : new LeadQuery(query.statuses(), access.onlyAgent(), query.channel(), query.chatId(), query.q(),
                        query.after(), query.limit());
        if (access.onlyAgent() != null && query.agentId() != null && !query.agentId().equals(access.onlyAgent())) {
            return Mono.just(List.of());
        }
        return tenants.inTenant(access.tenantId(), leads.page(scoped).collectList());
    }

    /** The lead's notes, newest last. */
    public Mono<List<Note>> notes(Access access, UUID leadId) {
        return tenants.inTenant(access.tenantId(), visible(access, leadId)
                .flatMap(stored -> leads.notes(leadId).collectList()));
    }

    public Mono<List<StatusChange>> history(Access access, UUID leadId) {
        return tenants.inTenant(access.tenantId(), visible(access, leadId)
                .flatMap(stored -> leads.history(leadId).collectList()));
    }

    /** Adds a note; empty when the lead is not visible to the caller. */
    public Mono<Note> addNote(Access access, UUID leadId, String body) {
        Note note = new Note(UUID.randomUUID(), leadId, access.userId(), body, clock.instant());
        return tenants.inTenant(access.tenantId(), visible(access, leadId)
                .flatMap(stored -> leads.addNote(access.tenantId(), note)));
    }

    private Mono<StoredLead> visible(Access access, UUID leadId) {
        return leads.find(leadId).filter(stored -> visible(access, stored));
    }

    private static boolean visible(Access access, StoredLead stored) {
        return access.sees(stored.lead()) && !stored.lead().isErased();
    }

    /** A lead with everything the detail view shows. */
    public record LeadDetails(StoredLead lead, LeadScore score, List<StatusChange> history, List<Note> notes) {
    }
}
