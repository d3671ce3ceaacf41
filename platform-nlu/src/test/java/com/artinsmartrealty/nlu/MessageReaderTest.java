package com.artinsmartrealty.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.nlu.budget.BudgetReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageReaderTest {

    @Test
    void oneSentenceFillsSeveralSlots() {
        MessageReader.Reading reading = MessageReader.read(
                "I want to buy a 3-bed villa in Dubai Marina for about 2M", "en", "AED");

        assertThat(reading.language()).isEqualTo("en");
        assertThat(reading.intent()).isEqualTo(Intent.PROVIDE_SLOT);
        assertThat(reading.entities()).isEqualTo(new Entities(2_000_000L, 3_000_000L, "AED", PropertyType.VILLA,
                Transaction.BUY, null, "Dubai Marina", 3, null));
    }

    @Test
    void persianSentenceFillsSeveralSlots() {
        MessageReader.Reading reading = MessageReader.read(
                "برای سرمایه گذاری یک آپارتمان دو خوابه در داون تاون با بودجه ۲ میلیون درهم می‌خواهم بخرم", null, "AED");

        assertThat(reading.language()).isEqualTo("fa");
        assertThat(reading.entities()).isEqualTo(new Entities(2_000_000L, 3_000_000L, "AED", PropertyType.APARTMENT,
                Transaction.BUY, Goal.INVESTMENT, "Downtown Dubai", 2, null));
    }

    @Test
    void persianNounWithEzafeIsRead() {
        MessageReader.Reading reading = MessageReader.read(
                "دنبال یک ویلای سه خوابه در دبی مارینا برای خرید هستم، حدود دو میلیون درهم", null, "AED");

        assertThat(reading.entities()).isEqualTo(new Entities(2_000_000L, 3_000_000L, "AED", PropertyType.VILLA,
                Transaction.BUY, null, "Dubai Marina", 3, null));
    }

    @Test
    void arabicSentenceFillsSeveralSlots() {
        MessageReader.Reading reading = MessageReader.read("أريد استئجار شقة بغرفتين في مرسى دبي", null, "AED");

        assertThat(reading.language()).isEqualTo("ar");
        assertThat(reading.entities().transaction()).isEqualTo(Transaction.RENT);
        assertThat(reading.entities().propertyType()).isEqualTo(PropertyType.APARTMENT);
        assertThat(reading.entities().area()).isEqualTo("Dubai Marina");
    }

    @Test
    void arabicNumbersWithAttachedPrepositionsAndConstructFormsAreRead() {
        MessageReader.Reading reading = MessageReader.read(
                "أريد شراء فيلا بثلاث غرف نوم في دبي مارينا بميزانية مليوني درهم", null, "AED");

        assertThat(reading.entities()).isEqualTo(new Entities(2_000_000L, 3_000_000L, "AED", PropertyType.VILLA,
                Transaction.BUY, null, "Dubai Marina", 3, null));
        assertThat(MessageReader.read("للاستثمار", "ar", "AED").entities().goal()).isEqualTo(Goal.INVESTMENT);
    }

    @Test
    void aPersianWordThatStartsLikeAnArabicPrepositionIsNoNumber() {
        MessageReader.Reading reading = MessageReader.read("لطفا شماره بده", "fa", "AED");

        assertThat(reading.entities()).isEqualTo(Entities.none());
        assertThat(reading.budgetProblem()).isNull();
    }

    @Test
    void aRussianSevenIsNoFamily() {
        assertThat(MessageReader.read("семь миллионов", "ru", "AED").entities().goal()).isNull();
        assertThat(MessageReader.read("квартира для семьи", "ru", "AED").entities().goal()).isEqualTo(Goal.LIVING);
    }

    @Test
    void persianEzafeAndRussianCasesOfPlacesAndTypesAreRead() {
        assertThat(MessageReader.read("می‌خواهم یک ویلای سه خوابه در دبی مارینا بخرم", null, "AED").entities())
                .isEqualTo(new Entities(null, null, null, PropertyType.VILLA, Transaction.BUY, null, "Dubai Marina", 3,
                        null));
        assertThat(MessageReader.read("квартира в Дубай Марине", null, "AED").entities().area())
                .isEqualTo("Dubai Marina");
    }

    @Test
    void russianSentenceFillsSeveralSlots() {
        MessageReader.Reading reading = MessageReader.read("Хочу купить трёхкомнатную квартиру для жизни, 2 млн",
                null, "AED");

        assertThat(reading.language()).isEqualTo("ru");
        assertThat(reading.entities()).isEqualTo(new Entities(2_000_000L, 3_000_000L, "AED", PropertyType.APARTMENT,
                Transaction.BUY, Goal.LIVING, null, 3, null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can I talk to a human?                 | HUMAN_REQUEST
            می‌خواهم با یک کارشناس صحبت کنم          | HUMAN_REQUEST
            أريد التحدث مع موظف                    | HUMAN_REQUEST
            Можно оператора?                       | HUMAN_REQUEST
            I want to see properties               | SCHEDULING
            وقت مشاوره می‌خواهم                     | SCHEDULING
            أريد حجز موعد                          | SCHEDULING
            أريد أن أرى العقارات                   | SCHEDULING
            Когда можно назначить встречу          | SCHEDULING
            call me tomorrow                       | SCHEDULING
            What is the service charge in JVC?     | QUESTION
            هزینه نگهداری ساختمان چقدر است؟        | QUESTION
            هل يمكنني الحصول على إقامة؟            | QUESTION
            сколько стоит обслуживание?            | QUESTION
            2M                                     | PROVIDE_SLOT
            villa                                  | PROVIDE_SLOT
            hi                                     | SMALLTALK
            سلام                                   | SMALLTALK
            شكرا                                   | SMALLTALK
            спасибо                                | SMALLTALK
            asdfgh                                 | OTHER
            """)
    void tellsWhatAMessageIsFor(String text, Intent intent) {
        assertThat(MessageReader.read(text, "en", "AED").intent()).isEqualTo(intent);
    }

    @Test
    void aSharedInternationalNumberIsAnEntity() {
        assertThat(MessageReader.read("my number is +971 50 482 7361", "en", "AED").entities().phone())
                .isEqualTo("+971504827361");
    }

    @Test
    void nonsenseBudgetsAreReportedNotGuessed() {
        MessageReader.Reading reading = MessageReader.read("0 AED", "en", "AED");

        assertThat(reading.entities().budgetMin()).isNull();
        assertThat(reading.budgetProblem()).isEqualTo(BudgetReading.Problem.ZERO);
    }
}
