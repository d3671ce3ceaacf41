package com.artinsmartrealty.nlu.intent;

import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.nlu.vocabulary.PhraseTable;
import java.util.List;

/**
 * What a message is for, from phrases in Persian, Arabic, English and Russian. A request for a person
 * outranks a request to meet, which outranks details given, a question, and small talk.
 */
public final class KeywordIntents {

    private static final PhraseTable<Intent> PHRASES = new PhraseTable<Intent>()
            .add(Intent.HUMAN_REQUEST, "human", "a person", "real person", "operator", "talk to someone",
                    "speak to someone", "talk to an agent", "speak to an agent", "an agent", "a human", "live agent",
                    "customer service", "اپراتور", "انسان", "آدم", "کارشناس", "مشاور", "با یک نفر", "پشتیبانی",
                    "موظف", "شخص", "انسان حقيقي", "وکیل", "مندوب", "خدمة العملاء", "موظف المبيعات",
                    "оператор*", "человек*", "менеджер*", "живой", "агент*", "консультант*")
            .add(Intent.SCHEDULING, "schedule", "meeting", "meet", "call me", "callback", "call back",
                    "see properties", "see the property", "see it", "viewing", "view it", "visit", "book",
                    "booking", "appointment", "tour", "when can i see", "وقت مشاوره", "وقت ملاقات", "جلسه",
                    "بازدید", "ملاقات", "قرار", "وقت بگیرم", "تماس بگیرید", "زنگ بزنید", "ببینم", "موعد", "حجز",
                    "زيارة", "معاينة", "مقابلة", "اتصل بي", "اتصلوا بي", "اجتماع", "ارى العقارات", "اشوف العقارات",
                    "رؤية العقارات", "ارى العقار", "встреч*", "просмотр*",
                    "записат*", "запись", "посмотреть", "показ*", "перезвон*", "позвоните", "созвон*")
            .add(Intent.SMALLTALK, "hi", "hello", "hey", "thanks", "thank you", "bye", "good morning",
                    "good evening", "how are you", "سلام", "درود", "مرسی", "ممنون", "متشکرم", "خداحافظ", "صبح بخیر",
                    "مرحبا", "اهلا", "أهلا", "شكرا", "السلام عليكم", "صباح الخير", "مساء الخير", "مع السلامة",
                    "привет", "здравствуйте", "спасибо", "пока", "добрый день", "добрый вечер");

    private static final PhraseTable<Boolean> QUESTION_WORDS = new PhraseTable<Boolean>()
            .add(true, "what", "how", "when", "where", "why", "which", "who", "can", "could", "is", "are", "do",
                    "does", "will", "should", "چه", "چی", "چطور", "چگونه", "کی", "کجا", "چرا", "آیا", "چقدر", "چند",
                    "ما", "ماذا", "كيف", "متى", "اين", "لماذا", "هل", "كم", "что", "как", "когда", "где", "почему",
                    "сколько", "можно", "какой", "какие");

    private KeywordIntents() {
    }

    /**
     * @param words         the message's normalized words
     * @param questionMark  the message has {@code ?} or {@code ؟}
     * @param detailsGiven  the message holds qualification details (budget, type, ...)
     */
    public static Intent classify(List<String> words, boolean questionMark, boolean detailsGiven) {
        List<Intent> found = PHRASES.matches(words).stream().map(PhraseTable.Match::value).toList();
        if (found.contains(Intent.HUMAN_REQUEST)) {
            return Intent.HUMAN_REQUEST;
        }
        if (found.contains(Intent.SCHEDULING)) {
            return Intent.SCHEDULING;
        }
        boolean asks = questionMark || (!words.isEmpty() && QUESTION_WORDS.matches(words.subList(0, 1)).size() == 1);
        if (detailsGiven && !asks) {
            return Intent.PROVIDE_SLOT;
        }
        if (asks) {
            return Intent.QUESTION;
        }
        if (found.contains(Intent.SMALLTALK)) {
            return Intent.SMALLTALK;
        }
        return detailsGiven ? Intent.PROVIDE_SLOT : Intent.OTHER;
    }
}
