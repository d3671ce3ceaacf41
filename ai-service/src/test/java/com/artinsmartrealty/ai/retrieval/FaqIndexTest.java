package com.artinsmartrealty.ai.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.knowledge.DemoKnowledgeBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo knowledge base answers questions asked in other words than its own, in four languages. */
class FaqIndexTest {

    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.load();
    private static final FaqIndex INDEX = FaqIndex.build(1, DemoKnowledgeBase.documents(), ANALYZERS);
    private static final Map<String, UUID> TOPICS = DemoKnowledgeBase.idsByTopic();

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | How much is the yearly maintenance fee for an apartment?        | service-charges
            en | Am I eligible for residency if I invest in real estate?         | golden-visa
            en | Can I pay in instalments?                                        | payment-plans
            en | What does the land department charge on a transfer?              | purchase-fees
            en | Can I get a home loan without UAE residency?                     | mortgage-non-residents
            en | How does a visit to a flat go?                                   | viewing-process
            en | When will I get the keys?                                        | handover
            en | What return does a rental apartment bring?                       | rental-yields
            en | As a foreigner, am I allowed to own a home here?                 | foreign-ownership
            en | What do tenants have to pay upfront?                             | renting-process
            en | What paperwork do I need for a purchase?                         | buying-documents
            fa | هزینه نگهداری سالانه آپارتمان چقدر است؟                           | service-charges
            fa | اگر ملک بخرم اقامت طلایی می‌گیرم؟                                  | golden-visa
            fa | میشه قسطی پرداخت کرد؟                                             | payment-plans
            fa | برای خارجی‌ها وام مسکن هست؟                                        | mortgage-non-residents
            fa | کی کلید خانه را تحویل می‌گیرم؟                                      | handover
            fa | سود اجاره آپارتمان در دبی چند درصد است؟                             | rental-yields
            fa | خارجی‌ها اجازه خرید خانه در دبی دارند؟                              | foreign-ownership
            ar | كم تكلفة الصيانة السنوية للشقة؟                                    | service-charges
            ar | هل أحصل على إقامة إذا استثمرت في العقارات؟                          | golden-visa
            ar | هل يمكن الدفع على أقساط؟                                          | payment-plans
            ar | أنا غير مقيم، هل يعطيني البنك قرضاً للشراء؟                         | mortgage-non-residents
            ar | متى أستلم مفاتيح الشقة؟                                            | handover
            ar | كم العائد من تأجير شقة في دبي؟                                     | rental-yields
            ar | هل يسمح للأجانب بتملك منزل في دبي؟                                  | foreign-ownership
            ru | Сколько стоит ежегодное обслуживание квартиры?                    | service-charges
            ru | Дадут ли мне резидентство, если я вложусь в недвижимость?          | golden-visa
            ru | Можно ли платить частями, в рассрочку?                            | payment-plans
            ru | Я не живу в ОАЭ, даст ли банк кредит на покупку?                   | mortgage-non-residents
            ru | Когда я получу ключи?                                             | handover
            ru | Какой доход приносит сдача квартиры в аренду?                      | rental-yields
            ru | Может ли иностранец владеть домом в Дубае?                         | foreign-ownership
            """)
    void answersAQuestionAskedInOtherWords(String language, String question, String topic) {
        List<FaqIndex.Match> matches = INDEX.search(question, Language.of(language).orElseThrow(), 3);

        assertThat(matches).isNotEmpty();
        assertThat(matches.getFirst().id()).as("best entry").isEqualTo(TOPICS.get(topic));
        assertThat(matches.getFirst().answers()).as("answers").isTrue();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | What is the weather like tomorrow?
            en | Who won the football match yesterday?
            fa | بهترین رستوران ایرانی کجاست؟
            ar | من فاز بمباراة كرة القدم أمس؟
            ru | Какая завтра погода?
            """)
    void leavesAQuestionItCannotAnswerUnanswered(String language, String question) {
        List<FaqIndex.Match> matches = INDEX.search(question, Language.of(language).orElseThrow(), 3);

        assertThat(matches).noneMatch(FaqIndex.Match::answers);
    }
}
