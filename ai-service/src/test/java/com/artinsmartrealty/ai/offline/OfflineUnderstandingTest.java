package com.artinsmartrealty.ai.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.lead.Goal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OfflineUnderstandingTest {

    @ParameterizedTest(name = "{0} while expecting {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2 million            | budget       | PROVIDE_SLOT
            سرمایه گذاری          | goal         | PROVIDE_SLOT
            аренда               | transaction  | PROVIDE_SLOT
            Hello                | budget       | SMALLTALK
            Can I see it Monday? | budget       | SCHEDULING
            just browsing        | -            | OTHER
            """)
    void theExpectedSlotTurnsABareAnswerIntoIt(String text, String expecting, Intent intent) {
        assertThat(OfflineUnderstanding.understand(text, Language.EN, expecting, "AED").intent()).isEqualTo(intent);
    }

    @Test
    void anExpectedAnswerIsMoreCertainThanAGuess() {
        UnderstandResponse expected = OfflineUnderstanding.understand("investment", Language.EN, "goal", "AED");
        UnderstandResponse unprompted = OfflineUnderstanding.understand("investment", Language.EN, null, "AED");
        UnderstandResponse nothing = OfflineUnderstanding.understand("hmm", Language.EN, null, "AED");

        assertThat(expected.entities().goal()).isEqualTo(Goal.INVESTMENT);
        assertThat(expected.confidence()).isGreaterThan(unprompted.confidence());
        assertThat(unprompted.confidence()).isGreaterThan(nothing.confidence());
        assertThat(nothing.provider()).isEqualTo("offline");
    }

    @Test
    void theLanguageIsTheMessagesOrElseTheConversations() {
        assertThat(OfflineUnderstanding.understand("Хочу купить", Language.FA, null, "AED").language()).isEqualTo("ru");
        assertThat(OfflineUnderstanding.understand("2000000", Language.FA, null, "AED").language()).isEqualTo("fa");
        assertThat(OfflineUnderstanding.understand("2000000", null, null, "AED").language()).isEqualTo("en");
    }
}
