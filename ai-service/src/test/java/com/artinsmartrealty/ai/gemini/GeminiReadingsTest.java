package com.artinsmartrealty.ai.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model's answers are checked, not trusted. */
class GeminiReadingsTest {

    @Test
    void readsAnUnderstandingAndChecksEveryField() {
        GeminiReadings.Understanding reading = GeminiReadings.understanding("""
                {"intent":"provideSlot","language":"ar","confidence":1.7,"budgetMin":3000000,"budgetMax":2000000,
                 "currency":"aed","propertyType":"castle","transaction":"rent","goal":"investment",
                 "area":"Dubai Marina","bedrooms":99,"phone":"+971 50 123 4567"}""", Entities.none(), "AED");

        assertThat(reading.intent()).isEqualTo(Intent.PROVIDE_SLOT);
        assertThat(reading.language()).isEqualTo(Language.AR);
        assertThat(reading.confidence()).isEqualTo(1.0);
        Entities entities = reading.entities();
        assertThat(entities.budgetMin()).isEqualTo(2_000_000L);
        assertThat(entities.budgetMax()).isEqualTo(3_000_000L);
        assertThat(entities.currency()).isEqualTo("AED");
        assertThat(entities.propertyType()).isNull();
        assertThat(entities.goal()).isEqualTo(Goal.INVESTMENT);
        assertThat(entities.bedrooms()).isNull();
        assertThat(entities.phone()).as("a sequential, fake-looking number").isNull();
    }

    @Test
    void oneAmountBecomesTheSameRangeTheOfflineReaderGives() {
        Entities entities = GeminiReadings.understanding("""
                {"intent":"provideSlot","language":"en","confidence":0.9,"budgetMin":2000000,"budgetMax":2000000}""",
                Entities.none(), "AED").entities();

        assertThat(entities.budgetMin()).isEqualTo(2_000_000L);
        assertThat(entities.budgetMax()).isEqualTo(3_000_000L);
        assertThat(entities.currency()).isEqualTo("AED");
    }

    @Test
    void whatTheDeterministicReaderFoundFillsWhatTheModelLeftOut() {
        Entities found = new Entities(null, null, null, PropertyType.VILLA, null, null, "Palm Jumeirah", 4,
                "+971503842719");

        Entities entities = GeminiReadings.understanding("""
                {"intent":"provideSlot","language":"en","confidence":0.9,"propertyType":null,"bedrooms":null}""",
                found, "AED").entities();

        assertThat(entities.propertyType()).isEqualTo(PropertyType.VILLA);
        assertThat(entities.area()).isEqualTo("Palm Jumeirah");
        assertThat(entities.bedrooms()).isEqualTo(4);
        assertThat(entities.phone()).isEqualTo("+971503842719");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "{\"intent\":\"shout\",\"language\":\"en\",\"confidence\":1}",
            "{\"intent\":\"question\",\"language\":\"de\",\"confidence\":1}", "{\"language\":\"en\"}"})
    void anAnswerWithoutAValidIntentAndLanguageIsMalformed(String json) {
        assertThatThrownBy(() -> GeminiReadings.understanding(json, Entities.none(), "AED"))
                .isInstanceOfSatisfying(ModelFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(ModelFailure.Reason.MALFORMED));
    }

    @Test
    void aReplyKeepsOnlySourcesTheModelWasGiven() {
        GeminiReadings.Reply reply = GeminiReadings.reply("""
                {"answer":"  Yes, there is.  ","answerable":true,"sources":["a","b","a","z"]}""", Set.of("a", "b"));

        assertThat(reply.answer()).isEqualTo("Yes, there is.");
        assertThat(reply.sources()).containsExactly("a", "b");
        assertThatThrownBy(() -> GeminiReadings.reply("{\"answer\":\"\",\"answerable\":true}", Set.of()))
                .isInstanceOf(ModelFailure.class);
    }

    @Test
    void anInaudibleVoiceNoteHasNoEntities() {
        GeminiReadings.Transcript transcript = GeminiReadings.transcript("""
                {"audible":false,"transcript":"","language":"fa","propertyType":"villa"}""",
                text -> Entities.none(), "AED");

        assertThat(transcript.audible()).isFalse();
        assertThat(transcript.entities()).isEqualTo(Entities.none());
    }

    @Test
    void aPhotoKeepsAtMostSixShortFeatures() {
        GeminiReadings.Photo photo = GeminiReadings.photo("""
                {"isProperty":true,"propertyType":"penthouse","bedrooms":3,"features":["a","b","c","d","e","f","g",""],
                 "description":"A penthouse."}""");

        assertThat(photo.propertyType()).isEqualTo(PropertyType.PENTHOUSE);
        assertThat(photo.features()).containsExactly("a", "b", "c", "d", "e", "f");
    }
}
