package com.artinsmartrealty.conversation.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void everyLanguageHasEveryText() {
        Set<String> english = bundle("en").keySet();

        for (String language : Messages.LANGUAGES) {
            assertThat(bundle(language).keySet()).as(language).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void persianAndArabicTextsAreInTheirOwnScript() {
        assertThat(messages.text("fa", "goal.investment", List.of())).isEqualTo("سرمایه‌گذاری");
        assertThat(messages.text("ar", "goal.living", List.of())).isEqualTo("سكن");
    }

    @Test
    void aLanguageTheBotDoesNotSpeakIsRefusedRatherThanFallingBackToEnglish() {
        assertThatThrownBy(() -> messages.text("de", "warmup.greeting", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("i18n.conversation.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
