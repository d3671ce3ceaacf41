package com.artinsmartrealty.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.conversation.i18n.Messages;
import com.artinsmartrealty.conversation.state.ConversationDecider;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import com.artinsmartrealty.conversation.state.FileToSend;
import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.conversation.state.Text;
import com.artinsmartrealty.conversation.state.Transition;
import com.artinsmartrealty.conversation.state.TurnContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a dialogue on the pure core: each turn's input goes to the decider, the calls it asks for are
 * answered by {@link FakeServices} and fed back (as the engine does), the replies are rendered in the
 * conversation's language, and the turn's expectations are checked. At the end, replaying every event
 * must rebuild the final state.
 */
public final class DialogueRunner {

    static final Instant START = Instant.parse("2026-11-24T08:00:00Z");
    static final Duration SESSION_TTL = Duration.ofHours(24);
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(30);
    static final int MAX_CALLS = 6;
    static final UUID LEAD = UUID.fromString("5d6c1a2b-3e4f-4a5b-8c7d-9e0f1a2b3c4d");
    static final String CHAT_KEY = "7f1c2a4e-0d3b-4c55-9a61-2b8e5f0c9d11:telegram:dialogue";

    private final Messages messages = new Messages();

    public void run(Dialogue dialogue) {
        FakeServices services = new FakeServices(dialogue.services());
        FakeCalls calls = new FakeCalls(services);
        ConversationState state = ConversationState.initial();
        List<ConversationEvent> log = new ArrayList<>();
        Instant now = START;
        Instant lastMessage = null;
        for (int i = 0; i < dialogue.turns().size(); i++) {
            Map<String, Object> turn = dialogue.turns().get(i);
            String where = dialogue + ", turn " + (i + 1) + " " + TurnInputs.describe(turn);
            now = now.plus(TurnInputs.pause(turn));
            TurnInputs.applyOverrides(turn, services);
            Input input = TurnInputs.input(turn, i, services);
            boolean expired = lastMessage != null && now.isAfter(lastMessage.plus(SESSION_TTL));
            TurnContext context = new TurnContext(now, dialogue.client(), dialogue.senderPhone(), expired, "AED");
            Observed observed = turn(state, input, context, calls, "turn-" + i);
            state = observed.state();
            log.addAll(observed.events());
            lastMessage = now;
            if (Boolean.getBoolean("dialogue.print")) {
                System.out.println(where + "\n" + observed.transcript() + "\n  calls " + observed.calls()
                        + " stage " + observed.state().stage().name());
            }
            checkLanguage(where, observed);
            Expectations.check(where, TurnInputs.expect(turn), observed);
            TurnInputs.restoreOverrides(turn, services, dialogue.services());
        }
        assertThat(ConversationState.replay(log)).as(dialogue + ": replaying the events rebuilds the state")
                .isEqualTo(state);
    }

    private Observed turn(ConversationState state, Input input, TurnContext context, FakeCalls calls, String turnKey) {
        List<ConversationEvent> events = new ArrayList<>();
        List<Effect.SendReply> replies = new ArrayList<>();
        List<String> made = new ArrayList<>();
        Deque<Effect.Call> pending = new ArrayDeque<>();
        Input next = input;
        TurnContext ctx = context;
        while (true) {
            Transition transition = ConversationDecider.decide(state, next, ctx);
            for (ConversationEvent event : transition.events()) {
                state = state.evolve(event);
                events.add(event);
            }
            List<Effect.Call> asked = new ArrayList<>();
            for (Effect effect : transition.effects()) {
                switch (effect) {
                    case Effect.SendReply reply -> replies.add(reply);
                    case Effect.Call call -> asked.add(call);
                }
            }
            for (int i = asked.size() - 1; i >= 0; i--) {
                pending.addFirst(asked.get(i));
            }
            Effect.Call call = pending.pollFirst();
            if (call == null || made.size() >= MAX_CALLS) {
                break;
            }
            made.add(FakeCalls.kind(call));
            next = calls.perform(call, state, LEAD, CHAT_KEY, turnKey);
            ctx = ctx.followUp();
        }
        return new Observed(replies.stream().map(this::render).toList(), made, events, state);
    }

    private Observed.Reply render(Effect.SendReply reply) {
        String language = reply.language();
        List<String> data = reply.choices().stream().map(choice -> choice.data()).toList();
        List<String> labels = reply.choices().stream().map(choice -> messages.render(language, choice.label()))
                .toList();
        for (int i = 0; i < data.size(); i++) {
            new ReplyButton(labels.get(i), data.get(i));
        }
        List<String> attachments = reply.files().stream().map(file -> switch (file) {
            case FileToSend.LeadReport report -> "lead-report:" + LEAD;
            case FileToSend.ViewingCalendar calendar -> "appointment-ics:" + calendar.appointmentId();
        }).toList();
        return new Observed.Reply(reply.author().name().toLowerCase(Locale.ROOT), language,
                messages.render(language, reply.lines()), data, labels, attachments, reply.requestContact(),
                reply.lines().stream().anyMatch(line -> !(line instanceof Text.Verbatim)));
    }

    /** The bot's own words are in the conversation's script: a Persian chat never reads English text. */
    private void checkLanguage(String where, Observed observed) {
        for (Observed.Reply reply : observed.replies()) {
            if (!reply.botWords()) {
                continue;
            }
            String language = reply.language();
            assertThat(language).as(where + ": reply language").isEqualTo(observed.state().language());
            Character.UnicodeScript script = switch (language) {
                case "fa", "ar" -> Character.UnicodeScript.ARABIC;
                case "ru" -> Character.UnicodeScript.CYRILLIC;
                default -> Character.UnicodeScript.LATIN;
            };
            assertThat(reply.text().codePoints().anyMatch(c -> Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == script))
                    .as(where + ": a " + language + " reply is written in its script: " + reply.text()).isTrue();
            assertThat(reply.buttonLabels()).as(where + ": button labels").allSatisfy(label ->
                    assertThat(label).isNotBlank());
        }
    }
}
