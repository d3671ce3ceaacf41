package com.artinsmartrealty.conversation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.chat.Sender;
import com.artinsmartrealty.contracts.conversation.ConversationSlotTimed;
import com.artinsmartrealty.contracts.conversation.ConversationStateChanged;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.lead.LeadErased;
import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import com.artinsmartrealty.contracts.lead.LeadQualified;
import com.artinsmartrealty.contracts.lead.LeadSlotsFilled;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.conversation.dialogue.FakeServices;
import com.artinsmartrealty.conversation.persistence.ConversationStore;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.conversation.persistence.Turn;
import com.artinsmartrealty.platform.messaging.DeadLetters;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The service's guarantees over the real broker, database and cache. */
class ConversationServiceIT extends ConversationServiceTestBase {

    @Autowired
    ReactiveStringRedisTemplate redis;
    @Autowired
    DatabaseClient database;
    @Autowired
    TenantTransactions tenants;
    @Autowired
    ApplicationContext context;
    @Autowired
    MeterRegistry meters;

    private static final int TURNS_IN_ONE_STATEMENT = 32;
    private static final String SAVE_TURN = "select save_turn($1, $2, 'telegram', 'x', 'START', '{}'::jsonb, "
            + "'[]'::jsonb, 1, null, now(), 'en', null, 'm-1', null, '[]'::jsonb, '[]'::jsonb)";

    @BeforeEach
    void normalServices() {
        FAKES.use(new FakeServices(Map.of()));
    }

    @Test
    void aRedeliveredMessageGetsNoSecondDifferentReply() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        Sender sender = new Sender("1", "Sara", null, "en", null);
        String id = send(chat, new MessageContent.Text("hi"), sender, "update-1", false);
        awaitTurn(chat, id);

        send(chat, new MessageContent.Text("hi"), sender, "update-1", false);

        await().atMost(WAIT).until(() -> replies(chat).size() == 2);
        assertThat(replies(chat)).extracting(ReplyComposed::messageId).containsOnly(replies(chat).getFirst().messageId());
        assertThat(replies(chat).getLast()).isEqualTo(replies(chat).getFirst());
        assertThat(conversation(chat).revision()).isEqualTo(1);
    }

    @Test
    void aMessageRedeliveredFromFarBackGetsItsFirstRepliesAgainNotAnApology() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        Sender sender = new Sender("1", "Sara", null, "en", null);
        String first = send(chat, new MessageContent.Text("hi"), sender, "update-0", false);
        awaitTurn(chat, first);
        List<ReplyComposed> firstReplies = replies(chat);
        // More later messages than the conversation remembers by id.
        for (int i = 1; i <= 10; i++) {
            awaitTurn(chat, send(chat, new MessageContent.Text("what is the service charge " + i + "?"), sender,
                    "update-" + i, false));
        }
        assertThat(conversation(chat).hasProcessed("update-0")).isFalse();
        int repliesBefore = replies(chat).size();

        send(chat, new MessageContent.Text("hi"), sender, "update-0", false);

        await().atMost(WAIT).until(() -> replies(chat).size() >= repliesBefore + firstReplies.size());
        assertThat(replies(chat).subList(repliesBefore, replies(chat).size())).isEqualTo(firstReplies);
        assertThat(conversation(chat).revision()).isEqualTo(11);
        assertThat(KAFKA.on(Topics.deadLetterOf(Topics.CHAT_INBOUND), chat.value())).isEmpty();
    }

    @Test
    void aCorruptedCacheEntryIsDeletedAndTheConversationReloadedFromPostgres() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        awaitTurn(chat, send(chat, new MessageContent.Text("hi"), "en"));
        String key = "bot:session:" + chat.tenantId() + ":telegram:" + chat.chatId();
        redis.opsForValue().set(key, "{not json").block(WAIT);
        store.forgetSessionsInMemory();

        awaitTurn(chat, send(chat, new MessageContent.ButtonPress("goal:living"), "en"));

        StoredConversation reloaded = conversation(chat);
        assertThat(reloaded.revision()).isEqualTo(2);
        assertThat(reloaded.state().profile().goal()).isEqualTo(Goal.LIVING);
        assertThat(redis.opsForValue().get(key).block(WAIT)).startsWith("{\"id\"");
    }

    @Test
    void aSessionInMemoryThatFellBehindIsNotSavedOverAndTheTurnIsDecidedFromPostgres() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        awaitTurn(chat, send(chat, new MessageContent.Text("hi"), "en"));
        assertThat(store.load(chat).block(WAIT).source()).isEqualTo(ConversationStore.Source.MEMORY);
        // Meanwhile the chat moved on elsewhere (another instance owned its partition for a while).
        tenants.inTenant(chat.tenantId(), database.sql("update conversations set revision = revision + 1 where id = $1")
                .bind(0, StoredConversation.idOf(chat)).fetch().rowsUpdated()).block(WAIT);
        int repliesBefore = replies(chat).size();

        String id = send(chat, new MessageContent.ButtonPress("goal:living"), "en");

        Turn turn = awaitTurn(chat, id);
        assertThat(turn.revision()).isEqualTo(3);
        StoredConversation after = conversation(chat);
        assertThat(after.revision()).isEqualTo(3);
        assertThat(after.state().profile().goal()).isEqualTo(Goal.LIVING);
        assertThat(replies(chat)).hasSize(repliesBefore + (int) turn.outbox().stream()
                .filter(record -> record.topic().equals(Topics.CHAT_OUTBOUND)).count());
    }

    @Test
    void aChangeOfPartitionsForgetsTheSessionsInMemory() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        awaitTurn(chat, send(chat, new MessageContent.Text("hi"), "en"));
        KafkaBindingRebalanceListener listener = context.getBean(KafkaBindingRebalanceListener.class);

        listener.onPartitionsAssigned("leadEvents-in-0", null, List.of(new TopicPartition(Topics.LEAD_EVENTS, 0)),
                false);
        assertThat(store.load(chat).block(WAIT).source()).isEqualTo(ConversationStore.Source.MEMORY);
        listener.onPartitionsAssigned("inbound-in-0", null, List.of(new TopicPartition(Topics.CHAT_INBOUND, 0)),
                false);
        assertThat(store.load(chat).block(WAIT).source()).isEqualTo(ConversationStore.Source.REDIS);
        assertThat(store.load(chat).block(WAIT).source()).isEqualTo(ConversationStore.Source.MEMORY);
        listener.onPartitionsRevokedAfterCommit("inbound-in-0", null,
                List.of(new TopicPartition(Topics.CHAT_INBOUND, 1)));
        assertThat(store.load(chat).block(WAIT).source()).isEqualTo(ConversationStore.Source.REDIS);
    }

    @Test
    void aMessageThatKeepsFailingIsDeadLetteredWithItsReasonAndTheUserGetsAnApologyInTheirLanguage() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        awaitTurn(chat, send(chat, new MessageContent.Text("سلام"), "fa"));
        tenants.inTenant(chat.tenantId(), database.sql("update conversations set state = $1 where id = $2")
                .bind(0, io.r2dbc.postgresql.codec.Json.of("{\"stage\":{\"name\":\"NO_SUCH_STAGE\"}}"))
                .bind(1, StoredConversation.idOf(chat)).fetch().rowsUpdated()).block(WAIT);
        store.evict(chat).block(WAIT);

        send(chat, new MessageContent.Text("خرید"), "fa");

        await().atMost(WAIT).until(() -> replies(chat).stream().anyMatch(reply ->
                reply.author() == ReplyComposed.Author.SYSTEM));
        ReplyComposed apology = replies(chat).getLast();
        assertThat(apology.language()).isEqualTo("fa");
        assertThat(apology.text()).startsWith("متأسفیم");
        KafkaRecorder.Recorded dead = await().atMost(WAIT).until(
                () -> KAFKA.on(Topics.deadLetterOf(Topics.CHAT_INBOUND), chat.value()), found -> !found.isEmpty())
                .getFirst();
        assertThat(dead.headers().get(DeadLetters.REASON)).contains("NO_SUCH_STAGE");
        assertThat(dead.headers().get(DeadLetters.CONSUMER)).isEqualTo("conversation-inbound");
    }

    @Test
    void aSlowAnswerForOneChatDoesNotHoldBackAnotherChatOnTheSamePartition() {
        ChatKey slow = newChat(Channel.WEBCHAT);
        ChatKey quick = samePartitionAs(slow);
        awaitTurn(slow, send(slow, new MessageContent.Text("hi"), "en"));
        FAKES.slow("is this a slow question?", Duration.ofSeconds(8));

        String question = send(slow, new MessageContent.Text("is this a slow question?"), "en");
        String greeting = send(quick, new MessageContent.Text("hi"), "en");

        awaitTurn(quick, greeting);
        assertThat(conversation(slow).hasProcessed(question)).as("the slow chat is still waiting").isFalse();
        awaitTurn(slow, question);
        assertThat(replies(slow).getLast().text()).contains("[en] is this a slow question?");
    }

    @Test
    void leadFactsAndStageChangesAreEmittedForTheOtherServices() {
        ChatKey chat = newChat(Channel.WHATSAPP);
        UUID lead = StoredConversation.idOf(chat);
        for (MessageContent content : List.of(new MessageContent.Text("/start ad-42"),
                new MessageContent.ButtonPress("goal:investment"), new MessageContent.Text("buy a villa for 3M"),
                new MessageContent.Text("+971 55 918 2734"))) {
            awaitTurn(chat, send(chat, content, "en"));
        }

        String key = new AggregateKey(chat.tenantId(), lead).value();
        List<EventEnvelope> facts = KAFKA.envelopes(Topics.LEAD_EVENTS, key);
        assertThat(facts).extracting(EventEnvelope::type).containsSubsequence("lead.created", "lead.slots.filled",
                "lead.slots.filled", "lead.qualified", "lead.phone.captured");
        assertThat(KAFKA.on(Topics.LEAD_EVENTS, key)).extracting(record -> record.headers().get(
                EventPublisher.TYPE_HEADER)).containsExactlyElementsOf(facts.stream().map(EventEnvelope::type).toList());
        assertThat(facts.getFirst().payloadAs(LeadCreated.class).source()).isEqualTo("ad-42");
        List<LeadSlotsFilled> filled = facts.stream().filter(e -> e.payload() instanceof LeadSlotsFilled)
                .map(e -> e.payloadAs(LeadSlotsFilled.class)).toList();
        assertThat(filled).extracting(LeadSlotsFilled::revision).isSorted().doesNotHaveDuplicates();
        assertThat(filled.getLast().profile().propertyType()).isEqualTo(PropertyType.VILLA);
        assertThat(filled.getLast().filled()).contains(Slot.TRANSACTION, Slot.BUDGET, Slot.PROPERTY_TYPE);
        assertThat(facts.stream().filter(e -> e.payload() instanceof LeadQualified).findFirst().orElseThrow()
                .payloadAs(LeadQualified.class).profile().budgetMin()).isEqualTo(3_000_000L);
        assertThat(facts.stream().filter(e -> e.payload() instanceof LeadPhoneCaptured).findFirst().orElseThrow()
                .payloadAs(LeadPhoneCaptured.class).phoneE164()).isEqualTo("+971559182734");
        List<EventEnvelope> conversationEvents = KAFKA.envelopes(Topics.CONVERSATION_EVENTS, key);
        assertThat(conversationEvents.stream().filter(e -> e.payload() instanceof ConversationStateChanged)
                .map(e -> e.payloadAs(ConversationStateChanged.class).to()))
                .containsExactly("WARMUP", "SLOT_FILLING", "VALUE_PROPOSITION", "HARD_GATE", "ENGAGEMENT");
        assertThat(conversationEvents.getFirst().payloadAs(ConversationStateChanged.class).from()).isNull();
        assertThat(conversationEvents.stream().filter(e -> e.payload() instanceof ConversationSlotTimed)
                .map(e -> e.payloadAs(ConversationSlotTimed.class).slot())).contains(Slot.GOAL, Slot.TRANSACTION);
    }

    @Test
    void anErasedLeadsConversationIsPurgedFromPostgresAndRedis() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        awaitTurn(chat, send(chat, new MessageContent.Text("hi, my number is +971 55 918 2734"), "en"));
        UUID lead = StoredConversation.idOf(chat);
        UUID eventId = UUID.randomUUID();

        publisher.publish(Topics.LEAD_EVENTS, new AggregateKey(chat.tenantId(), lead).value(),
                EventEnvelope.of(eventId, chat.tenantId(), CLOCK.instant(), eventId.toString(), null,
                        new LeadErased(lead, chat.channel(), chat.chatId()))).block(WAIT);

        await().atMost(WAIT).until(() -> conversation(chat).isNew());
        assertThat(store.events(chat).collectList().block(WAIT)).isEmpty();
        api(chat.tenantId(), Role.TENANT_ADMIN).get().uri("/api/conversations/{id}", lead).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aTurnIsSavedOnlyOverTheRevisionItStartedFromOnlyInItsTenantAndLeavesNoTenantBehind() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        StoredConversation fresh = StoredConversation.fresh(chat);
        StoredConversation first = saved(fresh, "m-1");
        StoredConversation second = saved(first, "m-2");
        assertThat(turns(chat.tenantId(), first.id())).isEqualTo(2);

        // A message that had its turn is recognised when saved again, and nothing is written.
        StoredConversation again = second.advance(second.state(), "m-1", CLOCK.instant());
        assertThat(store.save(second, again, new Turn(again.revision(), "m-1", null, List.of(), List.of()))
                .block(WAIT)).isEqualTo(ConversationStore.Saved.SEEN_BEFORE);
        assertThat(turns(chat.tenantId(), first.id())).isEqualTo(2);

        // A turn that started from an older revision is refused, and nothing of it is written.
        assertThatThrownBy(() -> saved(first, "m-3")).isInstanceOf(OptimisticLockingFailureException.class);
        // Nor can another tenant write over the conversation, even knowing its id and revision.
        StoredConversation forged = new StoredConversation(second.id(), new ChatKey(UUID.randomUUID(),
                chat.channel(), chat.chatId()), second.state(), second.revision(), second.recentMessageIds(),
                second.updatedAt());
        assertThatThrownBy(() -> saved(forged, "m-4")).isInstanceOf(OptimisticLockingFailureException.class);
        // Inside a transaction set for a tenant the functions refuse instead of switching tenants.
        assertThatThrownBy(() -> tenants.inTenant(UUID.randomUUID(), database.sql(
                        "select turn, saved from save_turns('[]'::jsonb)").fetch().all().then()).block(WAIT))
                .hasMessageContaining("transaction for a tenant");
        assertThatThrownBy(() -> tenants.inTenant(UUID.randomUUID(), database.sql(SAVE_TURN)
                        .bind(0, chat.tenantId()).bind(1, second.id()).fetch().all().then()).block(WAIT))
                .hasMessageContaining("another tenant");
        assertThat(turns(chat.tenantId(), first.id())).isEqualTo(2);
        assertThat(conversation(chat).revision()).isEqualTo(second.revision());
        ConversationStore.Loaded remembered = store.load(chat).block(WAIT);
        assertThat(remembered.source()).isEqualTo(ConversationStore.Source.MEMORY);
        assertThat(remembered.conversation()).isEqualTo(second);
        store.forgetSessionsInMemory();
        ConversationStore.Loaded cached = store.load(chat).block(WAIT);
        assertThat(cached.source()).isEqualTo(ConversationStore.Source.REDIS);
        assertThat(cached.conversation()).isEqualTo(second);

        // On one connection: after a save the connection carries no tenant.
        String left = database.inConnection(connection -> Mono.from(connection.createStatement(SAVE_TURN)
                        .bind("$1", UUID.randomUUID()).bind("$2", UUID.randomUUID()).execute())
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get(0, Integer.class))))
                .then(Mono.from(connection.createStatement(
                        "select coalesce(current_setting('app.tenant_id', true), '') as t").execute()))
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get("t", String.class)))))
                .block(WAIT);
        assertThat(left).isEmpty();
    }

    @Test
    void turnsWaitingTogetherAreWrittenByOneStatementEachWithItsOwnAnswerAndABadOneFailsAlone() {
        // A conversation whose row the test holds locked: its writes wait, and turns pile up behind them.
        ChatKey held = newChat(Channel.WEBCHAT);
        StoredConversation heldFirst = saved(StoredConversation.fresh(held), "h-1");
        Sinks.Empty<Void> release = Sinks.empty();
        Sinks.Empty<Void> locked = Sinks.empty();
        Mono<Void> lock = tenants.inTenant(held.tenantId(), database.sql(
                        "select id from conversations where id = $1 for update").bind(0, heldFirst.id()).fetch().all()
                .doOnComplete(locked::tryEmitEmpty)
                .then(release.asMono()));
        Mono<Void> holding = lock.cache();
        holding.subscribe();
        locked.asMono().block(WAIT);

        List<Mono<ConversationStore.Saved>> writes = new ArrayList<>();
        writes.add(store.save(heldFirst, heldFirst.advance(heldFirst.state(), "h-2", CLOCK.instant()),
                turn(heldFirst.revision() + 1, "h-2")));
        writes.add(store.save(heldFirst, heldFirst.advance(heldFirst.state(), "h-3", CLOCK.instant()),
                turn(heldFirst.revision() + 1, "h-3")));
        List<ChatKey> others = new ArrayList<>();
        for (int i = 0; i < 34; i++) {
            ChatKey other = newChat(Channel.TELEGRAM); // each in a tenant of its own
            others.add(other);
            StoredConversation fresh = StoredConversation.fresh(other);
            // One turn cannot be written (no message id): it fails its statement, and fails alone.
            writes.add(store.save(fresh, fresh.advance(fresh.state(), "o-" + i, CLOCK.instant()),
                    turn(1, i == 10 ? null : "o-" + i)));
        }
        // One of them starts from a revision its conversation is not at, one repeats a message.
        ChatKey stale = others.get(3);
        StoredConversation staleFrom = new StoredConversation(StoredConversation.idOf(stale), stale,
                StoredConversation.fresh(stale).state(), 5, List.of(), CLOCK.instant());
        writes.add(store.save(staleFrom, staleFrom.advance(staleFrom.state(), "x", CLOCK.instant()), turn(6, "x")));
        List<Object> answers = new CopyOnWriteArrayList<>();
        Mono<Void> all = Flux.fromIterable(writes)
                .flatMapSequential(write -> write.cast(Object.class)
                        .onErrorResume(OptimisticLockingFailureException.class, conflict -> Mono.just("conflict"))
                        .onErrorResume(failure -> Mono.just("failed")), 64)
                .doOnNext(answers::add)
                .then()
                .cache();
        all.subscribe();

        release.tryEmitEmpty();
        all.block(WAIT);

        assertThat(answers).hasSize(37);
        // The two writes of the held conversation started from the same revision: one of them is stored.
        assertThat(answers.subList(0, 2)).containsExactlyInAnyOrder(ConversationStore.Saved.STORED, "conflict");
        assertThat(answers.get(12)).isEqualTo("failed");
        assertThat(answers.subList(2, 12)).containsOnly(ConversationStore.Saved.STORED);
        assertThat(answers.subList(13, 36)).containsOnly(ConversationStore.Saved.STORED);
        assertThat(answers.get(36)).isEqualTo("conflict");
        for (ChatKey other : others) {
            int expected = other == others.get(10) ? 0 : 1;
            assertThat(turns(other.tenantId(), StoredConversation.idOf(other))).isEqualTo(expected);
            assertThat(turns(UUID.randomUUID(), StoredConversation.idOf(other))).isZero();
        }
        // The turns waiting behind the held write went together, at most 32 in one statement.
        assertThat(writes().max()).isEqualTo(TURNS_IN_ONE_STATEMENT);
    }

    private DistributionSummary writes() {
        return meters.get("conversation.turns.per.write").summary();
    }

    private static Turn turn(long revision, String messageId) {
        return new Turn(revision, messageId, null, List.of(), List.of());
    }

    private StoredConversation saved(StoredConversation before, String messageId) {
        StoredConversation after = before.advance(before.state(), messageId, CLOCK.instant());
        store.save(before, after, new Turn(after.revision(), messageId, null, List.of(), List.of())).block(WAIT);
        return after;
    }

    private long turns(UUID tenantId, UUID conversationId) {
        return tenants.inTenant(tenantId, database.sql(
                        "select count(*) as n from conversation_turns where conversation_id = $1")
                .bind(0, conversationId).map(row -> row.get("n", Long.class)).one()).block(WAIT);
    }

    private static ChatKey samePartitionAs(ChatKey chat) {
        int partition = partition(chat);
        while (true) {
            ChatKey other = newChat(chat.channel());
            if (partition(other) == partition) {
                return other;
            }
        }
    }

    private static int partition(ChatKey chat) {
        return Utils.toPositive(Utils.murmur2(chat.value().getBytes(StandardCharsets.UTF_8)))
                % com.artinsmartrealty.testkit.infra.Infrastructure.PARTITIONS;
    }
}
