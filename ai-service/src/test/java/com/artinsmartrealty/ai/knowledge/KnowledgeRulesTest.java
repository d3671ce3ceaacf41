package com.artinsmartrealty.ai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.ai.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KnowledgeRulesTest {

    @Test
    void aValidEntryIsTrimmedAndKeyedByLanguage() {
        KnowledgeRules.Result result = KnowledgeRules.check(new KnowledgeEntryBody("  ", List.of(
                new KnowledgeEntryBody.Wording("fa", " سؤال؟ ", " پاسخ. "),
                new KnowledgeEntryBody.Wording("en", "Question?", "Answer."))));

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid().topic()).isNull();
        assertThat(result.valid().wordings()).containsOnlyKeys(Language.FA, Language.EN);
        assertThat(result.valid().wordings().get(Language.FA).question()).isEqualTo("سؤال؟");
    }

    @Test
    void everyProblemIsReported() {
        KnowledgeRules.Result result = KnowledgeRules.check(new KnowledgeEntryBody("t".repeat(101), List.of(
                new KnowledgeEntryBody.Wording("EN", "Q?", "A."),
                new KnowledgeEntryBody.Wording("ru", "", "a".repeat(4001)))));

        assertThat(result.valid()).isNull();
        assertThat(result.problems()).containsExactly("topic must be at most 100 characters",
                "language must be one of fa, ar, en, ru", "ru: question must have 1 to 500 characters",
                "ru: answer must have 1 to 4000 characters");
        assertThat(KnowledgeRules.check(null).problems()).isNotEmpty();
        assertThat(KnowledgeRules.check(new KnowledgeEntryBody(null, null)).problems())
                .containsExactly("at least one translation is required");
    }

    @Test
    void aCursorSurvivesItsRoundTripToTheMicrosecondAndGarbageIsNone() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-24T08:15:30.123456Z"), UUID.randomUUID());

        assertThat(Cursor.decode(cursor.encode())).contains(cursor);
        assertThat(Cursor.decode("not a cursor")).isEmpty();
        assertThat(Cursor.decode("")).isEmpty();
    }
}
