package com.artinsmartrealty.ai.offline;

import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.nlu.text.TextNormalizer;
import java.util.List;

/** Which small-talk answer fits: thanks, a goodbye, or (anything else) a greeting. */
final class Smalltalk {

    private static final List<String> THANKS = normalized("thank", "thx", "appreciate", "مرسی", "ممنون", "متشکر",
            "سپاس", "شكرا", "شکرا", "مشكور", "спасибо", "благодар");
    private static final List<String> GOODBYES = normalized("bye", "see you", "good night", "خداحافظ", "خدا نگهدار",
            "فعلا", "مع السلامة", "الى اللقاء", "وداعا", "пока", "до свидания", "всего доброго");

    private Smalltalk() {
    }

    static Text answerTo(String text) {
        String normalized = TextNormalizer.normalize(text);
        if (THANKS.stream().anyMatch(normalized::contains)) {
            return Text.SMALLTALK_THANKS;
        }
        if (GOODBYES.stream().anyMatch(normalized::contains)) {
            return Text.SMALLTALK_BYE;
        }
        return Text.SMALLTALK_GREETING;
    }

    private static List<String> normalized(String... phrases) {
        return java.util.Arrays.stream(phrases).map(TextNormalizer::normalize).toList();
    }
}
