package com.artinsmartrealty.conversation.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.conversation.slots.Budget;
import com.artinsmartrealty.conversation.slots.Profile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given events, when an input arrives, then these events and effects: the decider without any framework. */
class ConversationDeciderTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final TurnContext CONTEXT = new TurnContext(NOW, "en", null, false, "AED");
    private static final UUID AGENT = UUID.fromString("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    private static final Profile QUALIFIED = new Profile(Goal.INVESTMENT, Transaction.BUY,
            new Budget(2_000_000L, 3_000_000L, "AED"), PropertyType.VILLA, null, null);

    @Test
    void aFirstMessageStartsTheConversationAndAsksForTheGoal() {
        Transition transition = ConversationDecider.decide(ConversationState.initial(),
                new Input.TextMessage("hi"), CONTEXT);

        assertThat(transition.events()).containsExactly(
                new ConversationEvent.ConversationStarted("en", LanguageSource.CLIENT, null),
                new ConversationEvent.StageEntered(new Stage.Warmup()),
                new ConversationEvent.SlotAsked(Slot.GOAL, NOW));
        assertThat(transition.effects()).singleElement().isInstanceOfSatisfying(Effect.SendReply.class, reply -> {
            assertThat(reply.lines()).containsExactly(Text.of("greeting"), Text.of("ask.goal"));
            assertThat(reply.choices()).extracting(Choice::data)
                    .containsExactly("goal:investment", "goal:living", "goal:residency");
        });
    }

    @Test
    void aDeepLinkPayloadIsRecordedAsTheSource() {
        Transition transition = ConversationDecider.decide(ConversationState.initial(),
                Input.ofText("/start campaign-marina"), CONTEXT);

        assertThat(transition.events()).first()
                .isEqualTo(new ConversationEvent.ConversationStarted("en", LanguageSource.CLIENT, "campaign-marina"));
    }

    @Test
    void theClientsLanguageIsUsedWhenTheMessageDoesNotTell() {
        assertThat(ConversationDecider.decide(ConversationState.initial(), new Input.TextMessage("سلام"),
                new TurnContext(NOW, "fa", null, false, "AED")).events()).first()
                .isEqualTo(new ConversationEvent.ConversationStarted("fa", LanguageSource.CLIENT, null));
        assertThat(ConversationDecider.decide(ConversationState.initial(), new Input.TextMessage("hi"),
                new TurnContext(NOW, "ru", null, false, "AED")).events()).first()
                .isEqualTo(new ConversationEvent.ConversationStarted("ru", LanguageSource.CLIENT, null));
        assertThat(ConversationDecider.decide(ConversationState.initial(), new Input.TextMessage("Привет"),
                new TurnContext(NOW, "de", null, false, "AED")).events()).first()
                .isEqualTo(new ConversationEvent.ConversationStarted("ru", LanguageSource.DETECTED, null));
    }

    @Test
    void anEditChangesNothing() {
        assertThat(ConversationDecider.decide(ConversationState.initial(), new Input.Edited(), CONTEXT))
                .isEqualTo(Transition.nothing());
    }

    @Test
    void oneSentenceFillsSeveralSlotsAndTheGoalIsAskedNext() {
        ConversationState greeted = given(new ConversationEvent.ConversationStarted("en", LanguageSource.DETECTED,
                null), new ConversationEvent.StageEntered(new Stage.Warmup()));

        Transition transition = ConversationDecider.decide(greeted,
                new Input.TextMessage("I want to buy a 3-bed villa in Dubai Marina for about 2M"), CONTEXT);

        assertThat(transition.events()).first().isEqualTo(new ConversationEvent.ProfileUpdated(
                new Profile(null, Transaction.BUY, new Budget(2_000_000L, 3_000_000L, "AED"), PropertyType.VILLA,
                        "Dubai Marina", 3),
                Set.of(Slot.TRANSACTION, Slot.BUDGET, Slot.PROPERTY_TYPE, Slot.AREA, Slot.BEDROOMS)));
        assertThat(replies(transition)).last().satisfies(reply ->
                assertThat(reply.lines()).contains(Text.of("ask.goal")));
    }

    @Test
    void filledSlotsQualifyTheLeadAndAskForListings() {
        ConversationState almost = given(new ConversationEvent.ConversationStarted("en", LanguageSource.DETECTED,
                        null), new ConversationEvent.StageEntered(new Stage.SlotFilling()),
                new ConversationEvent.ProfileUpdated(QUALIFIED.without(Slot.PROPERTY_TYPE),
                        Set.of(Slot.GOAL, Slot.TRANSACTION, Slot.BUDGET)));

        Transition transition = ConversationDecider.decide(almost, new Input.ButtonPressed("type:villa"), CONTEXT);

        assertThat(transition.events()).contains(new ConversationEvent.Qualified(QUALIFIED),
                new ConversationEvent.StageEntered(new Stage.ValueProposition()));
        assertThat(transition.effects()).containsExactly(new Effect.FindMatches(QUALIFIED, MatchPurpose.PROFILE));
    }

    @Test
    void aQuestionMidQualificationIsAnsweredAndThePendingQuestionComesBackWithItsButtons() {
        ConversationState asking = given(new ConversationEvent.ConversationStarted("en", LanguageSource.DETECTED,
                null), new ConversationEvent.StageEntered(new Stage.Warmup()));

        Transition asked = ConversationDecider.decide(asking, new Input.TextMessage("Is there a service charge?"),
                CONTEXT);
        Transition answered = ConversationDecider.decide(asking, new Input.Answered("About 15 AED per sq ft."),
                CONTEXT);

        assertThat(asked.effects()).containsExactly(new Effect.Answer("Is there a service charge?",
                AnswerPurpose.FAQ));
        assertThat(replies(answered)).singleElement().satisfies(reply -> {
            assertThat(reply.lines()).containsExactly(Text.verbatim("About 15 AED per sq ft."), Text.of("ask.goal"));
            assertThat(reply.choices()).hasSize(3);
        });
    }

    @Test
    void aNumberInAQuestionAfterQualificationIsNotReadAsANonsenseBudget() {
        ConversationState engaged = given(new ConversationEvent.ConversationStarted("en", LanguageSource.DETECTED,
                        null), new ConversationEvent.ProfileUpdated(QUALIFIED, QUALIFIED.filled()),
                new ConversationEvent.Qualified(QUALIFIED), new ConversationEvent.StageEntered(new Stage.Engagement()));
        ConversationState noBudgetYet = given(new ConversationEvent.ConversationStarted("en",
                LanguageSource.DETECTED, null), new ConversationEvent.StageEntered(new Stage.SlotFilling()));

        Transition afterQualification = ConversationDecider.decide(engaged,
                new Input.TextMessage("Is there a 0% commission on listing 0?"), CONTEXT);
        Transition whileQualifying = ConversationDecider.decide(noBudgetYet,
                new Input.TextMessage("Can I buy something for 0?"), CONTEXT);

        assertThat(afterQualification.effects()).containsExactly(new Effect.Answer(
                "Is there a 0% commission on listing 0?", AnswerPurpose.ENGAGEMENT));
        assertThat(replies(whileQualifying)).singleElement().satisfies(reply ->
                assertThat(reply.lines()).first().isEqualTo(Text.of("budget.problem.zero")));
    }

    @Test
    void whileAnAgentHasTheChatTheBotIsSilentAndResumesWhereItWasWhenHandedBack() {
        ConversationState filling = given(new ConversationEvent.ConversationStarted("en", LanguageSource.DETECTED,
                null), new ConversationEvent.StageEntered(new Stage.SlotFilling()),
                new ConversationEvent.ProfileUpdated(new Profile(Goal.LIVING, null, null, null, null, null),
                        Set.of(Slot.GOAL)));

        ConversationState takenOver = apply(filling, new Input.AgentTookOver(AGENT));
        Transition userWrites = ConversationDecider.decide(takenOver, new Input.TextMessage("hello?"), CONTEXT);
        Transition handedBack = ConversationDecider.decide(takenOver, new Input.AgentHandedBack(AGENT), CONTEXT);

        assertThat(takenOver.stage()).isEqualTo(new Stage.HumanTakeover(new Stage.SlotFilling()));
        assertThat(userWrites).isEqualTo(Transition.nothing());
        assertThat(handedBack.events()).contains(new ConversationEvent.StageEntered(new Stage.SlotFilling()));
        assertThat(replies(handedBack)).last().satisfies(reply ->
                assertThat(reply.lines()).contains(Text.of("ask.transaction")));
    }

    @Test
    void replayingAConversationsEventsRebuildsItsState() {
        ConversationState state = ConversationState.initial();
        List<ConversationEvent> log = new ArrayList<>();
        for (Input input : List.of(Input.ofText("/start ad-7"), new Input.ButtonPressed("goal:living"),
                new Input.TextMessage("rent"), new Input.TextMessage("150k"))) {
            Transition transition = ConversationDecider.decide(state, input, CONTEXT);
            for (ConversationEvent event : transition.events()) {
                state = state.evolve(event);
                log.add(event);
            }
        }

        assertThat(ConversationState.replay(log)).isEqualTo(state);
        assertThat(state.source()).isEqualTo("ad-7");
        assertThat(state.profile()).isEqualTo(new Profile(Goal.LIVING, Transaction.RENT,
                new Budget(150_000L, 225_000L, "AED"), null, null, null));
    }

    @Test
    void commandsAreToldFromText() {
        assertThat(Input.ofText("/start@demo_bot payload")).isEqualTo(new Input.Command("start", "payload"));
        assertThat(Input.ofText("/restart")).isEqualTo(new Input.Command("restart", null));
        assertThat(Input.ofText("  2 million ")).isEqualTo(new Input.TextMessage("2 million"));
        assertThat(Input.ofText("/ 2")).isEqualTo(new Input.TextMessage("/ 2"));
    }

    private static ConversationState given(ConversationEvent... events) {
        return ConversationState.replay(List.of(events));
    }

    private static ConversationState apply(ConversationState state, Input input) {
        for (ConversationEvent event : ConversationDecider.decide(state, input, CONTEXT).events()) {
            state = state.evolve(event);
        }
        return state;
    }

    private static List<Effect.SendReply> replies(Transition transition) {
        return transition.effects().stream().filter(Effect.SendReply.class::isInstance)
                .map(Effect.SendReply.class::cast).toList();
    }
}
