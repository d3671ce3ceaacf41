package com.artinsmartrealty.conversation.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.conversation.state.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void everyLanguageHasEveryText() {
        Set<String> english = bundle("en").keySet();

        for (String language : Messages.LANGUAGES) {
            assertThat(bundle(language).keySet()).as(language).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ar", "en", "ru"})
    void everyTextRendersWithTypicalArguments(String language) {
        ResourceBundle bundle = bundle(language);
        for (String key : bundle.keySet()) {
            String rendered = messages.text(language, key,
                    List.of(2_000_000L, 3_000_000L, Text.of("currency.AED"), "x"));

            assertThat(rendered).as(language + " " + key).isNotBlank().doesNotContain("{", "}");
        }
    }

    @Test
    void persianAndArabicTextsAreInTheirOwnScriptWithTheirOwnDigits() {
        assertThat(messages.text("fa", "goal.investment", List.of())).isEqualTo("سرمایه‌گذاری");
        assertThat(messages.text("ar", "goal.living", List.of())).isEqualTo("سكن");
        assertThat(messages.render("fa", Text.of("listing.price", 1_950_000L, Text.of("currency.AED"))))
                .contains("۱٬۹۵۰٬۰۰۰");
        assertThat(messages.render("ar", Text.of("listing.roi", new BigDecimal("6.5"), new BigDecimal("48.7"))))
                .contains("٦٫٥٪", "٤٨٫٧٪");
        assertThat(messages.render("en", Text.of("summary.budget.range", 2_000_000L, 3_000_000L,
                Text.of("currency.AED")))).isEqualTo("2M–3M AED");
        assertThat(messages.render("ru", Text.of("summary.bedrooms", 3))).isEqualTo("3 спальни");
        assertThat(messages.render("ru", Text.of("summary.bedrooms", 5))).isEqualTo("5 спален");
        assertThat(messages.render("ar", Text.of("summary.bedrooms", 2))).isEqualTo("غرفتا نوم");
    }

    @Test
    void insertedStringsAreIsolatedInRightToLeftTextOnly() {
        String persian = messages.render("fa", Text.of("phone.useMine", "+971504827316"));
        String english = messages.render("en", Text.of("phone.useMine", "+971504827316"));

        assertThat(persian).contains("\u2068+971504827316\u2069");
        assertThat(english).isEqualTo("Use +971504827316");
    }

    @Test
    void aLanguageTheBotDoesNotSpeakIsRefusedRatherThanFallingBackToEnglish() {
        assertThatThrownBy(() -> messages.text("de", "greeting", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> messages.text("fa", "no.such.key", List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("i18n.conversation.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
