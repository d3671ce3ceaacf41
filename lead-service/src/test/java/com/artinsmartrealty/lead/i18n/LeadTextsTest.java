package com.artinsmartrealty.lead.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadTextsTest {

    @Test
    void numbersUseEachLanguagesOwnDigits() {
        assertThat(LeadTexts.number("fa", 2_450_000)).isEqualTo("۲٬۴۵۰٬۰۰۰");
        assertThat(LeadTexts.number("ar", 2_450_000)).isEqualTo("٢٬٤٥٠٬٠٠٠");
        assertThat(LeadTexts.number("en", 2_450_000)).isEqualTo("2,450,000");
        assertThat(LeadTexts.percent("fa", new BigDecimal("6.25"))).isEqualTo("۶٫۲۵٪");
        assertThat(LeadTexts.money("ar", 95_000, "AED")).isEqualTo("٩٥٬٠٠٠ درهم");
    }

    @Test
    void languageTagsFallBackToTheirBaseLanguageOrEnglish() {
        assertThat(LeadTexts.languageOf("fa-IR")).isEqualTo("fa");
        assertThat(LeadTexts.languageOf("ru_RU")).isEqualTo("ru");
        assertThat(LeadTexts.languageOf("de")).isEqualTo("en");
        assertThat(LeadTexts.languageOf(null)).isEqualTo("en");
        assertThat(LeadTexts.isRightToLeft("ar")).isTrue();
        assertThat(LeadTexts.isRightToLeft("ru")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ar", "ru"})
    void everyLanguageHasEveryEnglishText(String language) throws IOException {
        assertThat(load(language).stringPropertyNames()).containsAll(load("en").stringPropertyNames());
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = LeadTexts.class.getClassLoader()
                .getResourceAsStream("i18n/lead/texts_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
