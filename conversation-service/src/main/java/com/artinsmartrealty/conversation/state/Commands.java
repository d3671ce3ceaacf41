package com.artinsmartrealty.conversation.state;

/** {@code /start}, {@code /restart}, {@code /language}, {@code /help}. */
final class Commands {

    private Commands() {
    }

    static void run(Decision d, Input.Command command) {
        switch (command.name()) {
            case "start" -> {
                d.welcomeBack();
                Prompts.ask(d);
            }
            case "restart" -> {
                d.apply(new ConversationEvent.ConversationRestarted());
                Stages.enter(d, new Stage.Warmup());
                d.say("greeting");
                Prompts.ask(d);
            }
            case "language" -> Languages.command(d, command.argument());
            case "help" -> {
                d.say("help");
                Prompts.ask(d);
            }
            default -> {
                d.say("command.unknown");
                Prompts.ask(d);
            }
        }
    }
}
