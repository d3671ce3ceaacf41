package com.artinsmartrealty.conversation.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationDeciderTest {

    private static final TurnContext CONTEXT = new TurnContext(Instant.parse("2026-01-01T10:00:00Z"), "en");

    @Test
    void aFirstMessageStartsTheConversationAndAsksForTheGoal() {
        Transition transition = ConversationDecider.decide(ConversationState.initial(),
                new Input.TextMessage("hi"), CONTEXT);

        assertThat(transition.events()).containsExactly(
                new ConversationEvent.ConversationStarted("en", null),
                new ConversationEvent.StageEntered(new Stage.Warmup()));
        assertThat(transition.effects()).singleElement().isInstanceOfSatisfying(Effect.SendReply.class, reply -> {
            assertThat(reply.textKey()).isEqualTo("warmup.greeting");
            assertThat(reply.choices()).extracting(Choice::data)
                    .containsExactly("goal:investment", "goal:living", "goal:residency");
        });
    }

    @Test
    void aDeepLinkPayloadIsRecordedAsTheSource() {
        Transition transition = ConversationDecider.decide(ConversationState.initial(),
                Input.ofText("/start campaign-marina"), CONTEXT);

        assertThat(transition.events()).first()
                .isEqualTo(new ConversationEvent.ConversationStarted("en", "campaign-marina"));
    }

    @Test
    void theClientsLanguageIsUsedWhenTheBotSpeaksIt() {
        assertThat(ConversationDecider.decide(ConversationState.initial(), new Input.TextMessage("سلام"),
                new TurnContext(CONTEXT.now(), "fa")).events()).first()
                .isEqualTo(new ConversationEvent.ConversationStarted("fa", null));
        assertThat(ConversationDecider.decide(ConversationState.initial(), new Input.TextMessage("hallo"),
                new TurnContext(CONTEXT.now(), "de")).events()).first()
                .isEqualTo(new ConversationEvent.ConversationStarted("en", null));
    }

    @Test
    void anEditChangesNothing() {
        assertThat(ConversationDecider.decide(ConversationState.initial(), new Input.Edited(), CONTEXT))
                .isEqualTo(Transition.nothing());
    }

    @Test
    void replayingAConversationsEventsRebuildsItsState() {
        ConversationState state = ConversationState.initial();
        List<ConversationEvent> log = new ArrayList<>();
        for (Input input : List.of(Input.ofText("/start ad-7"), new Input.ButtonPressed("goal:living"))) {
            Transition transition = ConversationDecider.decide(state, input, CONTEXT);
            for (ConversationEvent event : transition.events()) {
                state = state.evolve(event);
                log.add(event);
            }
        }

        assertThat(ConversationState.replay(log)).isEqualTo(state);
        assertThat(state.source()).isEqualTo("ad-7");
        assertThat(state.stage()).isEqualTo(new Stage.Warmup());
    }

    @Test
    void commandsAreToldFromText() {
        assertThat(Input.ofText("/start@demo_bot payload")).isEqualTo(new Input.Command("start", "payload"));
        assertThat(Input.ofText("/restart")).isEqualTo(new Input.Command("restart", null));
        assertThat(Input.ofText("  2 million ")).isEqualTo(new Input.TextMessage("2 million"));
    }
}
