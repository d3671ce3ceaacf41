package com.artinsmartrealty.conversation.slots;

import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.nlu.MessageReader;
import com.artinsmartrealty.nlu.budget.BudgetParser;
import com.artinsmartrealty.nlu.budget.BudgetReading;
import com.artinsmartrealty.nlu.phone.PhoneParser;
import com.artinsmartrealty.nlu.phone.PhoneReading;
import com.artinsmartrealty.nlu.text.TextNormalizer;
import com.artinsmartrealty.nlu.text.Tokens;
import com.artinsmartrealty.nlu.vocabulary.PhraseTable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one message says, as the conversation uses it: its language (and whether the message is clear
 * enough to switch to it), what it is for, the slot values it gives, a budget that made no sense, and
 * whether it is an attempt at a phone number. Deterministic: platform-nlu reads the text.
 *
 * @param language      the message's own language, or null when the text does not tell
 * @param languageClear true when the message is long or distinctive enough to switch the conversation
 *                      to {@code language} (one short Latin word such as "ok" or "JVC" is not)
 * @param phone         the phone check of the text, meaningful when {@code phoneLike}
 * @param phoneLike     the text is mostly a number that looks like a phone number, not an amount
 * @param words         how many words with letters the message has
 */
public record TextReading(String language, boolean languageClear, Intent intent, Profile details,
                          BudgetReading.Problem budgetProblem, PhoneReading phone, boolean phoneLike,
                          Reaction reaction, int words) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    /** Words from a Latin- or Arabic-script message it takes to switch the conversation's language. */
    static final int WORDS_TO_SWITCH = 3;
    /** Less than this (in dirhams) buys or rents nothing in Dubai: such an amount is asked again. */
    static final double MIN_PROPERTY_BUDGET_AED = 10_000;
    private static final Pattern PHONE_LIKE = Pattern.compile("(\\+|00|0)\\d{8,}");
    private static final PhraseTable<Reaction> REACTIONS = new PhraseTable<Reaction>()
            .add(Reaction.YES, "yes", "yeah", "yep", "sure", "ok", "okay", "please", "of course", "let's do it",
                    "بله", "آره", "اره", "باشه", "حتما", "البته", "چرا که نه", "نعم", "ايوه", "اكيد", "طبعا", "تمام",
                    "حسنا", "да", "конечно", "хорошо", "давайте", "давай", "ага")
            .add(Reaction.NO, "no", "nope", "not now", "later", "no thanks", "نه", "خیر", "نه ممنون", "بعدا",
                    "فعلا نه", "لا", "لا شكرا", "ليس الان", "لاحقا", "нет", "не сейчас", "потом", "позже");

    /**
     * @param defaultCurrency the tenant's currency for amounts that name none
     */
    public static TextReading of(String text, String defaultCurrency) {
        MessageReader.Reading reading = MessageReader.read(text, null, defaultCurrency);
        List<String> words = Tokens.of(TextNormalizer.normalize(text)).stream()
                .filter(Tokens.Token::isWord)
                .map(Tokens.Token::text)
                .toList();
        long letterWords = words.stream().filter(word -> word.codePoints().anyMatch(Character::isLetter)).count();
        String language = reading.language();
        boolean clear = language != null && ("ru".equals(language) || letterWords >= WORDS_TO_SWITCH);
        PhoneReading phone = PhoneParser.check(text, null);
        String compact = SEPARATORS.matcher(TextNormalizer.normalize(text)).replaceAll("");
        boolean phoneLike = phone instanceof PhoneReading.Valid || PHONE_LIKE.matcher(compact).matches();
        Profile details = fromEntities(reading.entities(), defaultCurrency);
        BudgetReading.Problem budgetProblem = reading.budgetProblem();
        Intent intent = reading.intent();
        if (details.budget() != null && tooSmall(details.budget())) {
            details = details.withBudget(null);
            budgetProblem = BudgetReading.Problem.TOO_SMALL;
        }
        if (phoneLike) {
            details = details.withBudget(null);
            budgetProblem = null;
            intent = details.isEmpty() ? Intent.OTHER : intent;
        }
        Reaction reaction = words.size() <= WORDS_TO_SWITCH ? REACTIONS.last(words).orElse(Reaction.NONE)
                : Reaction.NONE;
        return new TextReading(language, clear, intent, details, budgetProblem, phone, phoneLike, reaction,
                (int) letterWords);
    }

    /** A reading of what the AI service understood from a message. */
    public static TextReading understood(Intent intent, String language, Entities entities, String defaultCurrency) {
        return new TextReading(language, false, intent == null ? Intent.OTHER : intent,
                fromEntities(entities, defaultCurrency), null, new PhoneReading.Invalid(PhoneReading.Problem.NO_NUMBER),
                false, Reaction.NONE, 0);
    }

    /**
     * This reading with the AI service's entities added; the service's values win. A phone number the
     * service heard ("plus nine seven one ...") still has to pass the phone rules.
     */
    public TextReading withEntities(Entities entities, String defaultCurrency) {
        Profile ai = fromEntities(entities, defaultCurrency);
        Profile merged = details.merge(ai);
        Intent combined = intent == Intent.OTHER && !merged.isEmpty() ? Intent.PROVIDE_SLOT : intent;
        PhoneReading heardPhone = phone;
        boolean heardPhoneLike = phoneLike;
        if (entities != null && entities.phone() != null && !(phone instanceof PhoneReading.Valid)) {
            heardPhone = PhoneParser.check(entities.phone(), null);
            heardPhoneLike = heardPhone instanceof PhoneReading.Valid || phoneLike;
        }
        return new TextReading(language, languageClear, combined, merged, ai.budget() != null ? null : budgetProblem,
                heardPhone, heardPhoneLike, reaction, words);
    }

    /** This reading in a language the caller knows better (the AI service's). */
    public TextReading inLanguage(String detected, boolean clear) {
        return detected == null ? this
                : new TextReading(detected, clear, intent, details, budgetProblem, phone, phoneLike, reaction, words);
    }

    private static boolean tooSmall(Budget budget) {
        long upper = budget.max() != null ? budget.max() : budget.min();
        return BudgetParser.roughlyInDirhams(upper, budget.currency()) < MIN_PROPERTY_BUDGET_AED;
    }

    static Profile fromEntities(Entities entities, String defaultCurrency) {
        if (entities == null) {
            return Profile.empty();
        }
        Budget budget = null;
        Long min = entities.budgetMin();
        Long max = entities.budgetMax();
        if (min != null && max != null && min > max) {
            Long swap = min;
            min = max;
            max = swap;
        }
        if ((min != null && min > 0) || (max != null && max > 0)) {
            budget = new Budget(min != null && min > 0 ? min : null, max != null && max > 0 ? max : null,
                    entities.currency() == null ? defaultCurrency : entities.currency());
        }
        Integer bedrooms = entities.bedrooms() != null && entities.bedrooms() >= 0 && entities.bedrooms() <= 20
                ? entities.bedrooms() : null;
        return new Profile(entities.goal(), entities.transaction(), budget, entities.propertyType(),
                entities.area(), bedrooms);
    }
}
