package com.artinsmartrealty.ai.knowledge;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What makes an entry acceptable: one to four translations in distinct supported languages, each with a
 * question of at most 500 characters and an answer of at most 4,000, and an optional topic of at most 100.
 * The same limits hold in the database.
 */
final class KnowledgeRules {

    static final int MAX_TOPIC = 100;
    static final int MAX_QUESTION = 500;
    static final int MAX_ANSWER = 4000;

    private KnowledgeRules() {
    }

    /** A checked entry body: its topic (null when blank) and its wordings by language. */
    record Valid(String topic, Map<Language, FaqDocument.QuestionAnswer> wordings) {
    }

    /** The body as an entry, or the list of what is wrong with it. */
    static Result check(KnowledgeEntryBody body) {
        List<String> problems = new ArrayList<>();
        if (body == null) {
            return new Result(null, List.of("a body with translations is required"));
        }
        String topic = body.topic() == null || body.topic().isBlank() ? null : body.topic().strip();
        if (topic != null && topic.length() > MAX_TOPIC) {
            problems.add("topic must be at most " + MAX_TOPIC + " characters");
        }
        Map<Language, FaqDocument.QuestionAnswer> wordings = new EnumMap<>(Language.class);
        if (body.translations() == null || body.translations().isEmpty()) {
            problems.add("at least one translation is required");
        } else {
            for (KnowledgeEntryBody.Wording wording : body.translations()) {
                if (wording == null) {
                    problems.add("a translation must not be null");
                    continue;
                }
                Language language = Language.of(wording.language()).orElse(null);
                if (language == null || !language.code().equals(wording.language())) {
                    problems.add("language must be one of fa, ar, en, ru");
                    continue;
                }
                String question = wording.question() == null ? "" : wording.question().strip();
                String answer = wording.answer() == null ? "" : wording.answer().strip();
                if (question.isEmpty() || question.length() > MAX_QUESTION) {
                    problems.add(language.code() + ": question must have 1 to " + MAX_QUESTION + " characters");
                }
                if (answer.isEmpty() || answer.length() > MAX_ANSWER) {
                    problems.add(language.code() + ": answer must have 1 to " + MAX_ANSWER + " characters");
                }
                if (wordings.put(language, new FaqDocument.QuestionAnswer(question, answer)) != null) {
                    problems.add(language.code() + ": only one translation per language");
                }
            }
        }
        return problems.isEmpty() ? new Result(new Valid(topic, wordings), List.of()) : new Result(null, problems);
    }

    /** Either a valid entry or its problems. */
    record Result(Valid valid, List<String> problems) {
    }
}
