package com.artinsmartrealty.ai.offline;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.nlu.MessageReader;

/**
 * Understanding without a model: the shared deterministic reader gives the language, the intent from
 * phrases in the four languages, and every entity the text holds. When the bot asked for a slot and the
 * message gives exactly that, the message is taken as the answer even without any other cue ("2 million"
 * while the bot waits for the budget). Confidence says how much the intent rests on: an explicit phrase
 * or an expected slot scores high, a bare question mark lower, nothing at all low.
 */
public final class OfflineUnderstanding {

    public static final String PROVIDER = "offline";

    private OfflineUnderstanding() {
    }

    public static UnderstandResponse understand(String text, Language hint, String expecting, String defaultCurrency) {
        MessageReader.Reading reading = MessageReader.read(text, hint == null ? null : hint.code(), defaultCurrency);
        Language language = Language.of(reading.language()).orElse(hint == null ? Language.EN : hint);
        boolean expected = gives(reading.entities(), expecting);
        Intent intent = reading.intent();
        if (expected && (intent == Intent.OTHER || intent == Intent.SMALLTALK)) {
            intent = Intent.PROVIDE_SLOT;
        }
        return new UnderstandResponse(intent, language.code(), reading.entities(),
                confidence(intent, expected, reading.hasDetails()), PROVIDER);
    }

    /** Whether the entities fill the slot the bot asked for. */
    static boolean gives(Entities entities, String expecting) {
        if (expecting == null) {
            return false;
        }
        return switch (expecting) {
            case "goal" -> entities.goal() != null;
            case "budget" -> entities.budgetMin() != null || entities.budgetMax() != null;
            case "propertyType" -> entities.propertyType() != null;
            case "transaction" -> entities.transaction() != null;
            case "phone" -> entities.phone() != null;
            case "area" -> entities.area() != null;
            case "bedrooms" -> entities.bedrooms() != null;
            default -> false;
        };
    }

    private static double confidence(Intent intent, boolean expected, boolean details) {
        return switch (intent) {
            case PROVIDE_SLOT -> expected ? 0.95 : details ? 0.85 : 0.6;
            case HUMAN_REQUEST, SCHEDULING -> 0.85;
            case SMALLTALK -> 0.8;
            case QUESTION -> 0.7;
            case OTHER -> 0.3;
        };
    }
}
