package com.artinsmartrealty.ai.bench;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.knowledge.DemoKnowledgeBase;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import com.artinsmartrealty.ai.retrieval.Sentences;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A knowledge base of any size for measuring: the demo agency's twelve entries, and more entries made of
 * their sentences recombined (three answer sentences and a question of each language), so the text has
 * the vocabulary and length of real entries in all four languages.
 */
final class SyntheticKnowledgeBase {

    private SyntheticKnowledgeBase() {
    }

    static List<FaqDocument> of(int size) {
        List<FaqDocument> demo = DemoKnowledgeBase.documents();
        List<FaqDocument> documents = new ArrayList<>(demo.subList(0, Math.min(size, demo.size())));
        Map<Language, List<String>> sentences = new EnumMap<>(Language.class);
        Map<Language, List<String>> questions = new EnumMap<>(Language.class);
        for (FaqDocument document : demo) {
            document.translations().forEach((language, wording) -> {
                sentences.computeIfAbsent(language, l -> new ArrayList<>())
                        .addAll(Sentences.of(wording.answer(), language));
                questions.computeIfAbsent(language, l -> new ArrayList<>()).add(wording.question());
            });
        }
        Random random = new Random(2026);
        for (int i = documents.size(); i < size; i++) {
            Map<Language, FaqDocument.QuestionAnswer> wordings = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                List<String> pool = sentences.get(language);
                String answer = pool.get(random.nextInt(pool.size())) + " " + pool.get(random.nextInt(pool.size()))
                        + " " + pool.get(random.nextInt(pool.size()));
                String question = questions.get(language).get(random.nextInt(questions.get(language).size()));
                wordings.put(language, new FaqDocument.QuestionAnswer(question, answer));
            }
            documents.add(new FaqDocument(UUID.randomUUID(), wordings));
        }
        return documents;
    }
}
