package com.artinsmartrealty.conversation.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.conversation.dialogue.FakeServiceServer;
import com.artinsmartrealty.conversation.dialogue.FakeServices;
import com.artinsmartrealty.conversation.engine.CallScope;
import com.artinsmartrealty.conversation.slots.Budget;
import com.artinsmartrealty.conversation.slots.Profile;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import com.artinsmartrealty.conversation.state.Fit;
import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.conversation.state.MatchPurpose;
import com.artinsmartrealty.conversation.state.OfferedSlot;
import com.artinsmartrealty.platform.config.ServiceUrls;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.JwtProperties;
import com.artinsmartrealty.platform.security.ServiceCredentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;

/**
 * The real HTTP clients against local stand-ins that speak the services' JSON: answers become inputs,
 * and a service that is down, slow, refuses the token or keeps failing gives the call's fallback.
 */
class RemoteCallsTest {

    private static final String SECRET = "remote-calls-test-secret-0123456789abcdef";
    private static final Profile PROFILE = new Profile(Goal.INVESTMENT, Transaction.BUY,
            new Budget(2_000_000L, 3_000_000L, "AED"), PropertyType.VILLA, null, null);

    private final FakeServiceServer server = FakeServiceServer.start(SECRET, Clock.systemUTC());
    private final ChatKey chat = new ChatKey(UUID.randomUUID(), Channel.WEBCHAT, "s-1");
    private final CallScope scope = new CallScope(chat, UUID.randomUUID(), "m-1");
    private final java.util.List<ConnectionProvider> pools = new java.util.ArrayList<>();
    private final ConversationState state = ConversationState.initial();

    @BeforeEach
    void services() {
        server.use(new FakeServices(Map.of()));
    }

    @AfterEach
    void stop() {
        pools.forEach(ConnectionProvider::dispose);
        server.close();
    }

    @Test
    void listingsComeBackAsMatchesWithTheirFitAndReturns() {
        StepVerifier.create(calls(SECRET, properties(Duration.ofSeconds(2))).perform(
                        new Effect.FindMatches(PROFILE, MatchPurpose.PROFILE), state, scope))
                .assertNext(input -> assertThat(input).isInstanceOfSatisfying(Input.MatchesFound.class, found -> {
                    assertThat(found.fit()).isEqualTo(Fit.WITHIN_BUDGET);
                    assertThat(found.listings()).hasSize(3);
                    assertThat(found.listings().getFirst().grossYieldPct()).isEqualByComparingTo("6.5");
                }))
                .verifyComplete();
        assertThat(server.calls()).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("findMatches");
            assertThat(call.tenantId()).isEqualTo(chat.tenantId());
        });
    }

    @Test
    void aServiceThatIsDownGivesTheFallback() {
        server.services().set("matches", "unavailable");

        StepVerifier.create(calls(SECRET, properties(Duration.ofSeconds(2))).perform(
                        new Effect.FindMatches(PROFILE, MatchPurpose.PROFILE), state, scope))
                .expectNext(new Input.MatchesUnavailable(MatchPurpose.PROFILE))
                .verifyComplete();
    }

    @Test
    void anAnswerSlowerThanTheTimeoutGivesTheFallbackInTime() {
        server.aiLatency(Duration.ofSeconds(5));

        StepVerifier.create(calls(SECRET, properties(Duration.ofMillis(300))).perform(
                        new Effect.Answer("Is there a service charge?",
                                com.artinsmartrealty.conversation.state.AnswerPurpose.FAQ), state, scope))
                .expectNext(new Input.NotAnswered())
                .verifyComplete();
    }

    @Test
    void aRefusedTokenGivesTheFallback() {
        StepVerifier.create(calls("another-secret-entirely-0123456789abcdef", properties(Duration.ofSeconds(2)))
                        .perform(new Effect.OfferSlots(), state, scope))
                .expectNext(new Input.SlotsUnavailable())
                .verifyComplete();
        assertThat(server.calls()).isEmpty();
    }

    @Test
    void aLostBookingRaceBringsFreshSlotsAndAWonOneTheAppointment() {
        server.services().set("booking", "conflictOnce");
        RemoteCalls calls = calls(SECRET, properties(Duration.ofSeconds(2)));
        OfferedSlot slot = new OfferedSlot(FakeServices.AGENT, "Omid", FakeServices.FIRST_SLOT,
                FakeServices.FIRST_SLOT.plusSeconds(2_700), "Nov 30, 10:00");

        Input lost = calls.perform(new Effect.Book(slot), state, scope).block();
        Input won = calls.perform(new Effect.Book(((Input.SlotTaken) lost).alternatives().getFirst()), state,
                new CallScope(chat, scope.leadId(), "m-2")).block();

        assertThat(lost).isInstanceOfSatisfying(Input.SlotTaken.class, taken ->
                assertThat(taken.alternatives()).hasSize(3).noneMatch(s -> s.start().equals(slot.start())));
        assertThat(won).isInstanceOfSatisfying(Input.ViewingConfirmed.class, confirmed ->
                assertThat(confirmed.viewing().agentName()).isEqualTo("Omid"));
    }

    @Test
    void aServiceThatKeepsFailingIsSkippedUntilItsCircuitCloses() {
        server.services().set("ai", "unavailable");
        RemoteProperties properties = new RemoteProperties(null, Duration.ofSeconds(2), null, null, null, null, null,
                0, 50, 4, Duration.ofSeconds(30));
        RemoteCalls calls = calls(SECRET, properties);
        Effect.Answer question = new Effect.Answer("hi?", com.artinsmartrealty.conversation.state.AnswerPurpose.FAQ);

        for (int i = 0; i < 4; i++) {
            assertThat(calls.perform(question, state, scope).block()).isEqualTo(new Input.NotAnswered());
        }
        int callsWhenOpened = server.calls().size();
        assertThat(calls.perform(question, state, scope).block()).isEqualTo(new Input.NotAnswered());

        assertThat(server.calls()).hasSize(callsWhenOpened);
    }

    private RemoteCalls calls(String secret, RemoteProperties properties) {
        RemoteConfiguration configuration = new RemoteConfiguration();
        AccessTokens tokens = new AccessTokens(secret, Clock.systemUTC());
        JwtProperties jwt = new JwtProperties(secret, null, null);
        ServiceTokens serviceTokens = new ServiceTokens(new ServiceCredentials(tokens, "conversation-service", jwt),
                jwt, Clock.systemUTC());
        URI base = URI.create(server.baseUrl());
        ConnectionProvider pool = configuration.conversationConnections(properties);
        pools.add(pool);
        RemoteConfiguration.RemoteServices services = configuration.remoteServices(
                new ServiceUrls(base, base, base, null, null, null), pool,
                configuration.conversationCircuitBreakers(properties), serviceTokens, new EventCodec());
        return new RemoteCalls(services, properties);
    }

    private static RemoteProperties properties(Duration timeout) {
        return new RemoteProperties(timeout, timeout, timeout, timeout, timeout, timeout, timeout, 0, 0, 0, null);
    }
}
