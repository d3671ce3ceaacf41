package com.artinsmartrealty.ai.bench;

import com.artinsmartrealty.ai.i18n.Language;
import java.util.List;

/** What leads ask and say, in the four languages, as the benchmarks send it. */
final class Questions {

    record Question(Language language, String text) {
    }

    static final List<Question> ALL = List.of(
            new Question(Language.EN, "How much is the yearly maintenance fee for an apartment?"),
            new Question(Language.EN, "Can I pay in instalments?"),
            new Question(Language.EN, "What does the land department charge on a transfer?"),
            new Question(Language.EN, "Does the Marina apartment have a pool?"),
            new Question(Language.EN, "I want to buy a 3-bed villa in Dubai Marina for about 2M"),
            new Question(Language.EN, "What is the weather like tomorrow?"),
            new Question(Language.FA, "هزینه نگهداری سالانه آپارتمان چقدر است؟"),
            new Question(Language.FA, "میشه قسطی پرداخت کرد؟"),
            new Question(Language.FA, "دنبال یک ویلای سه خوابه در دبی مارینا برای خرید هستم، حدود دو میلیون درهم"),
            new Question(Language.FA, "خارجی‌ها اجازه خرید خانه در دبی دارند؟"),
            new Question(Language.AR, "كم تكلفة الصيانة السنوية للشقة؟"),
            new Question(Language.AR, "هل أحصل على إقامة إذا استثمرت في العقارات؟"),
            new Question(Language.AR, "أريد استئجار شقة بغرفتين في مرسى دبي"),
            new Question(Language.AR, "متى أستلم مفاتيح الشقة؟"),
            new Question(Language.RU, "Сколько стоит ежегодное обслуживание квартиры?"),
            new Question(Language.RU, "Можно ли платить частями, в рассрочку?"),
            new Question(Language.RU, "Хочу купить трёхкомнатную квартиру для жизни, 2 млн"),
            new Question(Language.RU, "Вилла на Пальме меблирована?"));

    private Questions() {
    }
}
