package com.artinsmartrealty.ai.gemini;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.nlu.phone.PhoneParser;
import com.artinsmartrealty.nlu.phone.PhoneReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the model's JSON answers into the service's types, trusting nothing: every enum must be one of
 * its wire names, numbers must be plausible, a phone number must pass the same checks as a typed one,
 * sources must be ids the model was given. What fails a check is dropped (or, for required fields, the
 * whole answer is a {@link ModelFailure} {@code MALFORMED}), and details the deterministic reader found
 * fill what the model left out.
 */
final class GeminiReadings {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final int MAX_AREA = 80;
    private static final int MAX_BEDROOMS = 20;
    private static final int MAX_FEATURES = 6;

    private GeminiReadings() {
    }

    /** An understanding: intent, language, confidence and entities. */
    record Understanding(Intent intent, Language language, double confidence, Entities entities) {
    }

    /** A reply: its text, whether the data answered it, and the ids it rests on. */
    record Reply(String answer, boolean answerable, List<String> sources) {
    }

    /** A transcription. */
    record Transcript(boolean audible, String text, Language language, Entities entities) {
    }

    /** What a photo shows. */
    record Photo(boolean isProperty, PropertyType propertyType, Integer bedrooms, List<String> features,
                 String description) {
    }

    static Understanding understanding(String json, Entities found, String defaultCurrency) {
        JsonNode root = parse(json);
        Intent intent = intent(root.path("intent").asString("")).orElseThrow(() -> malformed("intent"));
        Language language = Language.of(root.path("language").asString("")).orElseThrow(() -> malformed("language"));
        double confidence = root.path("confidence").isNumber()
                ? Math.max(0, Math.min(1, root.path("confidence").asDouble())) : 0.5;
        return new Understanding(intent, language, confidence, entities(root, found, defaultCurrency));
    }

    static Reply reply(String json, Set<String> knownSources) {
        JsonNode root = parse(json);
        String answer = root.path("answer").asString("").strip();
        if (answer.isEmpty()) {
            throw malformed("answer");
        }
        List<String> sources = new ArrayList<>();
        root.path("sources").forEach(source -> {
            String id = source.asString("");
            if (knownSources.contains(id) && !sources.contains(id)) {
                sources.add(id);
            }
        });
        return new Reply(answer, root.path("answerable").asBoolean(false), List.copyOf(sources));
    }

    static Transcript transcript(String json, java.util.function.Function<String, Entities> reader,
                                 String defaultCurrency) {
        JsonNode root = parse(json);
        boolean audible = root.path("audible").asBoolean(false);
        String text = root.path("transcript").asString("").strip();
        Language language = Language.of(root.path("language").asString("")).orElse(null);
        if (!audible || text.isEmpty() || language == null) {
            return new Transcript(false, text, language, Entities.none());
        }
        return new Transcript(true, text, language, entities(root, reader.apply(text), defaultCurrency));
    }

    static Photo photo(String json) {
        JsonNode root = parse(json);
        if (!root.has("isProperty")) {
            throw malformed("isProperty");
        }
        List<String> features = new ArrayList<>();
        root.path("features").forEach(feature -> {
            String value = feature.asString("").strip();
            if (!value.isEmpty() && value.length() <= 60 && features.size() < MAX_FEATURES) {
                features.add(value);
            }
        });
        String description = root.path("description").asString("").strip();
        return new Photo(root.path("isProperty").asBoolean(false),
                enumOf(PropertyType.values(), root.path("propertyType")).orElse(null),
                bedrooms(root.path("bedrooms")), List.copyOf(features), description.isEmpty() ? null : description);
    }

    /** The model's entities, checked, with the deterministic reader's filling the gaps. */
    private static Entities entities(JsonNode root, Entities found, String defaultCurrency) {
        Long min = amount(root.path("budgetMin"));
        Long max = amount(root.path("budgetMax"));
        if (min != null && max != null && min > max) {
            Long swap = min;
            min = max;
            max = swap;
        }
        if (min != null && min.equals(max)) {
            max = min + min / 2;
        }
        if (min == null && max == null) {
            min = found.budgetMin();
            max = found.budgetMax();
        }
        String currency = root.path("currency").asString("").strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            currency = found.currency();
        }
        if ((min != null || max != null) && currency == null) {
            currency = defaultCurrency;
        }
        String area = root.path("area").asString("").strip();
        Integer bedrooms = bedrooms(root.path("bedrooms"));
        return new Entities(min, max, min == null && max == null ? null : currency,
                enumOf(PropertyType.values(), root.path("propertyType")).orElse(found.propertyType()),
                enumOf(Transaction.values(), root.path("transaction")).orElse(found.transaction()),
                enumOf(Goal.values(), root.path("goal")).orElse(found.goal()),
                area.isEmpty() || area.length() > MAX_AREA ? found.area() : area,
                bedrooms != null ? bedrooms : found.bedrooms(),
                phone(root.path("phone")).orElse(found.phone()));
    }

    private static Long amount(JsonNode node) {
        if (!node.isNumber()) {
            return null;
        }
        long value = node.asLong();
        return value > 0 ? value : null;
    }

    private static Integer bedrooms(JsonNode node) {
        if (!node.isIntegralNumber()) {
            return null;
        }
        int value = node.asInt();
        return value >= 0 && value <= MAX_BEDROOMS ? value : null;
    }

    private static Optional<String> phone(JsonNode node) {
        String text = node.asString("").strip();
        if (text.isEmpty() || text.length() > 50) {
            return Optional.empty();
        }
        return PhoneParser.check(text, null) instanceof PhoneReading.Valid valid ? Optional.of(valid.e164())
                : Optional.empty();
    }

    private static Optional<Intent> intent(String wireName) {
        return switch (wireName) {
            case "provideSlot" -> Optional.of(Intent.PROVIDE_SLOT);
            case "question" -> Optional.of(Intent.QUESTION);
            case "scheduling" -> Optional.of(Intent.SCHEDULING);
            case "humanRequest" -> Optional.of(Intent.HUMAN_REQUEST);
            case "smalltalk" -> Optional.of(Intent.SMALLTALK);
            case "other" -> Optional.of(Intent.OTHER);
            default -> Optional.empty();
        };
    }

    private static <E extends Enum<E>> Optional<E> enumOf(E[] values, JsonNode node) {
        String text = node.asString("");
        for (E value : values) {
            if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw malformed("not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw malformed("not JSON");
        }
    }

    private static ModelFailure malformed(String what) {
        return new ModelFailure(ModelFailure.Reason.MALFORMED, "the model's answer is malformed: " + what);
    }
}
