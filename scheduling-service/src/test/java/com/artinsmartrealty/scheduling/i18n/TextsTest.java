package com.artinsmartrealty.scheduling.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    private final Texts texts = new Texts();

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(
                "/i18n/scheduling/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ar", "ru"})
    void everyLanguageHasEveryEnglishText(String language) throws IOException {
        assertThat(bundle(language).stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ar", "en", "ru"})
    void remindersNameTheAgentAndTheTime(String language) {
        String text = texts.text(language, "reminder.upcoming", "Sara Karimi", "<when>");

        assertThat(text).contains("Sara Karimi", "<when>").doesNotContain("{0}", "{1}");
        assertThat(texts.text(language, "reminder.soon", "Sara Karimi", "<time>")).contains("Sara Karimi", "<time>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ar", "ru"})
    void textsAreTranslated(String language) {
        assertThat(texts.text(language, "reminder.upcoming", "A", "B"))
                .isNotEqualTo(texts.text("en", "reminder.upcoming", "A", "B"));
    }
}
