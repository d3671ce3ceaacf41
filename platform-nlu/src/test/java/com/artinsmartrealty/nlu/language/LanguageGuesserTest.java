package com.artinsmartrealty.nlu.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuesserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hi                                          | en
            I want a villa in Dubai Marina              | en
            سلام، یک آپارتمان در مارینا می‌خواهم          | fa
            مرسی                                        | fa
            بودجه من دو میلیون درهم است                 | fa
            وقت مشاوره می‌خواهم                         | fa
            مرحبا، أريد شقة في دبي مارينا               | ar
            ميزانيتي مليونين درهم                       | ar
            أبحث عن فيلا للاستثمار                      | ar
            Здравствуйте, ищу квартиру                  | ru
            два миллиона                                | ru
            """)
    void tellsTheFourLanguagesApart(String text, String language) {
        assertThat(LanguageGuesser.instance().guess(text)).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2000000", "+971 50 482 7361", "👍", "سلام"})
    void textWithoutLettersOrAmbiguousBetweenPersianAndArabicHasNoLanguage(String text) {
        assertThat(LanguageGuesser.instance().guess(text)).isEmpty();
    }
}
