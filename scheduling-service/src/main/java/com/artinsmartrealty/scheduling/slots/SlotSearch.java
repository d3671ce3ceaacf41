package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.availability.Availability;
import com.artinsmartrealty.scheduling.availability.AvailabilityStore;
import com.artinsmartrealty.scheduling.roster.Agent;
import com.artinsmartrealty.scheduling.roster.RosterStore;
import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Loads what the slot finder needs (availability, booked time, other chats' holds) and runs it. Every
 * method runs inside the caller's tenant transaction.
 */
@Component
public class SlotSearch {

    private final RosterStore roster;
    private final AvailabilityStore availability;
    private final BookedTimes booked;
    private final HoldStore holds;
    private final SlotPolicy policy;
    private final SlotFinder finder;

    SlotSearch(RosterStore roster, AvailabilityStore availability, BookedTimes booked, HoldStore holds,
               SlotPolicy policy) {
        this.roster = roster;
        this.availability = availability;
        this.booked = booked;
        this.holds = holds;
        this.policy = policy;
        this.finder = new SlotFinder(policy);
    }

    /** The agent when it takes viewings, or every agent who does when {@code agentId} is null. */
    public Mono<List<Agent>> agents(UUID tenantId, UUID agentId) {
        if (agentId == null) {
            return roster.bookable(tenantId).collectList();
        }
        return roster.agent(tenantId, agentId).filter(Agent::bookable).map(List::of).defaultIfEmpty(List.of());
    }

    /** Open slots of {@code agents}; holds of {@code ownHolder} (may be null) do not count against it. */
    public Mono<List<Slot>> find(UUID tenantId, List<Agent> agents, SlotQuery query, String ownHolder) {
        if (agents.isEmpty() || query.limit() <= 0) {
            return Mono.just(List.of());
        }
        Instant from = query.from().isAfter(query.now()) ? query.from() : query.now();
        if (from.isAfter(query.now().plus(policy.horizon()))) {
            return Mono.just(List.of());
        }
        List<UUID> ids = agents.stream().map(Agent::id).toList();
        Interval range = new Interval(from.minus(Duration.ofDays(1)),
                query.now().plus(policy.horizon()).plus(Duration.ofDays(1)));
        return availability.loadAll(tenantId, ids).flatMap(hours -> booked.of(tenantId, ids, range).collectList()
                .flatMap(bookings -> holds.active(tenantId, ids, range, query.now(), ownHolder).collectList()
                        .map(held -> finder.find(query, agents.stream()
                                .map(agent -> diary(agent, hours, bookings, held))
                                .toList()))));
    }

    private AgentDiary diary(Agent agent, Map<UUID, Availability> hours, List<BookedTimes.AgentBooking> bookings,
                             List<HoldStore.Hold> held) {
        return new AgentDiary(agent.id(), agent.displayName(),
                hours.getOrDefault(agent.id(), Availability.none()),
                agent.dailyLimit() != null ? agent.dailyLimit() : policy.defaultDailyLimit(),
                bookings.stream().filter(booking -> booking.agentId().equals(agent.id()))
                        .map(BookedTimes.AgentBooking::time).toList(),
                held.stream().filter(hold -> hold.agentId().equals(agent.id()))
                        .map(hold -> new Interval(hold.time().start(), policy.busyUntil(hold.time().end())))
                        .collect(Collectors.toList()));
    }
}
