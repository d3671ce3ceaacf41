package com.artinsmartrealty.nlu;

import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.nlu.budget.BudgetParser;
import com.artinsmartrealty.nlu.budget.BudgetReading;
import com.artinsmartrealty.nlu.intent.KeywordIntents;
import com.artinsmartrealty.nlu.language.LanguageGuesser;
import com.artinsmartrealty.nlu.phone.PhoneParser;
import com.artinsmartrealty.nlu.phone.PhoneReading;
import com.artinsmartrealty.nlu.text.TextNormalizer;
import com.artinsmartrealty.nlu.text.Tokens;
import com.artinsmartrealty.nlu.vocabulary.Bedrooms;
import com.artinsmartrealty.nlu.vocabulary.RealEstateVocabulary;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;

/**
 * Reads one message without any model: its language, what it is for, and every qualification detail
 * it gives. One sentence can fill several slots ("I want to buy a 3-bed villa in Dubai Marina for about
 * 2M"). Deterministic and fast; the AI service's offline provider and the conversation service use it.
 */
public final class MessageReader {

    /** A message in each language the reader knows, with a budget and a phone, to load what reading needs. */
    private static final List<String> SAMPLES = List.of(
            "I want to buy a 3-bed villa in Dubai Marina for about 2M, call me on +971 50 482 7316",
            "می‌خواهم یک آپارتمان دو خوابه در دبی مارینا با بودجه دو میلیون درهم بخرم",
            "أريد شراء شقة بغرفتي نوم في دبي مارينا بحوالي مليوني درهم للاستثمار",
            "Хочу купить квартиру с двумя спальнями в Дубай Марина примерно за два миллиона");

    private MessageReader() {
    }

    /**
     * Loads what reading otherwise loads on first use (ICU number rules, language profiles, every
     * region's phone metadata), for a service to call while it starts: those reads hit jar files, and
     * done then they never run on an event loop nor slow a user's first message.
     */
    public static void loadResources(String defaultCurrency) {
        SAMPLES.forEach(sample -> read(sample, null, defaultCurrency));
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        phones.getSupportedRegions().forEach(phones::getExampleNumber);
        phones.getSupportedGlobalNetworkCallingCodes().forEach(phones::getExampleNumberForNonGeoEntity);
    }

    /** What the reader found. {@code budgetProblem} is set when an amount was there but made no sense. */
    public record Reading(String language, Intent intent, Entities entities, BudgetReading.Problem budgetProblem) {

        public boolean hasDetails() {
            Entities e = entities;
            return e.budgetMin() != null || e.budgetMax() != null || e.propertyType() != null
                    || e.transaction() != null || e.goal() != null || e.area() != null || e.bedrooms() != null
                    || e.phone() != null;
        }
    }

    /**
     * @param languageHint    the conversation's language, used when the text has none of its own
     * @param defaultCurrency the tenant's currency for amounts without one
     */
    public static Reading read(String text, String languageHint, String defaultCurrency) {
        String normalized = TextNormalizer.normalize(text);
        List<String> words = Tokens.of(normalized).stream()
                .filter(token -> token.kind() != Tokens.Kind.SYMBOL)
                .map(Tokens.Token::text)
                .toList();
        String language = LanguageGuesser.instance().guess(text).orElse(languageHint);
        BudgetReading budget = BudgetParser.parse(text, language, defaultCurrency);
        Long budgetMin = budget instanceof BudgetReading.Found found ? found.min() : null;
        Long budgetMax = budget instanceof BudgetReading.Found found ? found.max() : null;
        String currency = budget instanceof BudgetReading.Found found ? found.currency() : null;
        String phone = PhoneParser.check(text.length() > 50 ? text.substring(0, 50) : text, null)
                instanceof PhoneReading.Valid valid ? valid.e164() : null;
        Entities entities = new Entities(budgetMin, budgetMax, currency,
                RealEstateVocabulary.propertyType(words).orElse(null),
                RealEstateVocabulary.transaction(words).orElse(null),
                RealEstateVocabulary.goal(words).orElse(null),
                RealEstateVocabulary.area(words).orElse(null),
                Bedrooms.read(words).orElse(null),
                phone);
        boolean questionMark = normalized.contains("?");
        BudgetReading.Problem problem = budget instanceof BudgetReading.Implausible implausible
                ? implausible.problem() : null;
        Reading reading = new Reading(language, Intent.OTHER, entities, problem);
        Intent intent = KeywordIntents.classify(words, questionMark, reading.hasDetails() || problem != null);
        return new Reading(language, intent, entities, problem);
    }
}
