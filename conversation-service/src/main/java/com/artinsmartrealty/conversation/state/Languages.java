package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.conversation.slots.TextReading;
import com.artinsmartrealty.nlu.text.TextNormalizer;
import com.artinsmartrealty.nlu.text.Tokens;
import com.artinsmartrealty.nlu.vocabulary.PhraseTable;
import java.util.List;
import java.util.Optional;

/**
 * The conversation's language: Persian, Arabic, English or Russian, read from the user's messages,
 * else the client's language, else English; switched by /language (and then never switched
 * automatically). A short message does not switch a settled conversation: "ok" or "JVC" in a Persian
 * chat stays Persian.
 */
final class Languages {

    static final List<String> SUPPORTED = List.of("fa", "ar", "en", "ru");
    static final String FALLBACK = "en";
    static final String PICK = "lang:";

    private static final PhraseTable<String> NAMES = new PhraseTable<String>()
            .add("fa", "fa", "farsi", "persian", "فارسی", "پارسی", "فارسي", "персидский", "фарси")
            .add("ar", "ar", "arabic", "عربی", "عربي", "العربية", "арабский")
            .add("en", "en", "english", "انگلیسی", "انجليزي", "الانجليزية", "английский")
            .add("ru", "ru", "russian", "روسی", "روسي", "الروسية", "русский", "по-русски");
    /** Greetings only Arabic speakers use; both languages greet with "سلام". */
    private static final PhraseTable<Boolean> ARABIC_GREETINGS = new PhraseTable<Boolean>()
            .add(true, "مرحبا", "مرحبا بك", "اهلا", "اهلا وسهلا", "السلام عليكم", "صباح الخير", "مساء الخير");

    private Languages() {
    }

    /** The language of a conversation's first message, and how it was found. */
    static Settled atStart(String text, TurnContext context) {
        String client = context.clientLanguage() == null ? null
                : context.clientLanguage().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        boolean clientKnown = client != null && SUPPORTED.contains(client);
        if (text != null) {
            TextReading reading = TextReading.of(text, context.defaultCurrency());
            String detected = reading.language();
            if (detected != null && SUPPORTED.contains(detected)
                    && (!FALLBACK.equals(detected) || !clientKnown || reading.words() >= 2)) {
                return new Settled(detected, LanguageSource.DETECTED);
            }
            if (!clientKnown && arabicScript(text)) {
                return new Settled(ARABIC_GREETINGS.any(words(text)) ? "ar" : "fa", LanguageSource.DEFAULT);
            }
        }
        return clientKnown ? new Settled(client, LanguageSource.CLIENT) : new Settled(FALLBACK, LanguageSource.DEFAULT);
    }

    /** Switches to the language of a message when the message is clear about it. */
    static void follow(Decision d, TextReading reading) {
        String language = reading.language();
        ConversationState state = d.state();
        if (language == null || !SUPPORTED.contains(language) || state.languageSource() == LanguageSource.CHOSEN) {
            return;
        }
        boolean weak = state.languageSource() == LanguageSource.DEFAULT;
        if (language.equals(state.language())) {
            if (weak) {
                d.apply(new ConversationEvent.LanguageSet(language, LanguageSource.DETECTED));
            }
            return;
        }
        if (weak || reading.languageClear()) {
            d.apply(new ConversationEvent.LanguageSet(language, LanguageSource.DETECTED));
        }
    }

    /** /language with a name ("fa", "Persian", "فارسی", "русский"), or the four languages as buttons. */
    static void command(Decision d, String argument) {
        Optional<String> language = argument == null ? Optional.empty() : parse(argument);
        if (language.isPresent()) {
            choose(d, language.get());
        } else {
            pick(d);
        }
    }

    static void choose(Decision d, String language) {
        if (!SUPPORTED.contains(language)) {
            pick(d);
            return;
        }
        d.apply(new ConversationEvent.LanguageSet(language, LanguageSource.CHOSEN));
        d.say("language.set");
        Prompts.ask(d);
    }

    static Optional<String> parse(String name) {
        return NAMES.last(words(name));
    }

    private static void pick(Decision d) {
        d.ask(Text.of("language.pick"), SUPPORTED.stream()
                .map(language -> Choice.of("language.name." + language,
                        PICK + language))
                .toList());
    }

    private static List<String> words(String text) {
        return Tokens.of(TextNormalizer.normalize(text)).stream().filter(Tokens.Token::isWord)
                .map(Tokens.Token::text).toList();
    }

    private static boolean arabicScript(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** A language and how it was found. */
    record Settled(String language, LanguageSource source) {
    }
}
