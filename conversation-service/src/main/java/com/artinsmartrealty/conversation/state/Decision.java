package com.artinsmartrealty.conversation.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The working record of one decision: applies events as they happen (so later steps see their
 * effect), gathers what the bot says into messages, and the calls to make. Lines said one after
 * another go out as one message; a question closes the message with its buttons.
 */
final class Decision {

    private final TurnContext context;
    private final List<ConversationEvent> events = new ArrayList<>();
    private final List<Effect> effects = new ArrayList<>();
    private final List<Text> lines = new ArrayList<>();
    private ConversationState state;
    private boolean welcomedBack;

    Decision(ConversationState state, TurnContext context) {
        this.state = state;
        this.context = context;
    }

    ConversationState state() {
        return state;
    }

    TurnContext context() {
        return context;
    }

    Stage stage() {
        return state.stage();
    }

    void apply(ConversationEvent event) {
        if (event instanceof ConversationEvent.LanguageSet) {
            flush();
        }
        events.add(event);
        state = state.evolve(event);
    }

    /** Adds a paragraph to the message being written. */
    void say(Text line) {
        lines.add(line);
    }

    void say(String key, Object... args) {
        say(Text.of(key, args));
    }

    /** Ends the message being written with {@code question} and its buttons. */
    void ask(Text question, List<Choice> choices) {
        ask(question, choices, false);
    }

    void ask(Text question, List<Choice> choices, boolean requestContact) {
        lines.add(question);
        send(Author.BOT, choices, List.of(), requestContact);
    }

    /** Ends the message being written with buttons under it. */
    void offer(List<Choice> choices) {
        send(Author.BOT, choices, List.of(), false);
    }

    /** Ends the message being written with a file attached. */
    void attach(FileToSend file, Text caption) {
        lines.add(caption);
        send(Author.BOT, List.of(), List.of(file), false);
    }

    /** A message from someone other than the bot, sent on its own. */
    void relay(Author author, Text text) {
        flush();
        lines.add(text);
        send(author, List.of(), List.of(), false);
    }

    void call(Effect.Call call) {
        flush();
        effects.add(call);
    }

    /** Says "welcome back" once per turn. */
    void welcomeBack() {
        if (!welcomedBack) {
            welcomedBack = true;
            apply(new ConversationEvent.SessionResumed());
            say("welcome.back");
        }
    }

    boolean welcomedBack() {
        return welcomedBack;
    }

    Transition transition() {
        flush();
        return new Transition(events, effects);
    }

    private void flush() {
        if (!lines.isEmpty()) {
            send(Author.BOT, List.of(), List.of(), false);
        }
    }

    private void send(Author author, List<Choice> choices, List<FileToSend> files, boolean requestContact) {
        effects.add(new Effect.SendReply(state.language(), author, List.copyOf(lines), choices, files,
                requestContact));
        lines.clear();
    }
}
