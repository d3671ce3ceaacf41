package com.artinsmartrealty.nlu.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            +971 50 482 7361           | +971504827361
            +971-50-482-7361           | +971504827361
            00971504827361             | +971504827361
            (+971) 50.482.7361         | +971504827361
            ۰۰۹۷۱۵۰۴۸۲۷۳۶۱             | +971504827361
            +٩٧١٥٠٤٨٢٧٣٦١              | +971504827361
            +98 912 418 5273           | +989124185273
            +7 916 482-31-75           | +79164823175
            +44 7911 123456            | +447911123456
            my number is +971 50 482 7361 | +971504827361
            """)
    void acceptsRealInternationalNumbersInAnyDigitsAndSeparators(String text, String e164) {
        assertThat(PhoneParser.check(text, null)).isEqualTo(new PhoneReading.Valid(e164));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0504827361                     | NOT_INTERNATIONAL
            +971 50 123 4567               | SEQUENTIAL
            +971 50 123                    | WRONG_LENGTH
            +1234567891234567              | WRONG_LENGTH
            +971 111 111 111               | REPEATING
            +971 121 212 121               | TOO_FEW_DIGITS
            +971 123 456 789               | SEQUENTIAL
            +971 987 654 321               | SEQUENTIAL
            +971 555 444 444               | REPEATING
            +971 50 999 9999               | REPEATING
            +971 00 482 7361               | NOT_A_REAL_NUMBER
            hello                          | NO_NUMBER
            """)
    void refusesWhatTheRulesRefuse(String text, PhoneReading.Problem problem) {
        assertThat(PhoneParser.check(text, null)).isEqualTo(new PhoneReading.Invalid(problem));
    }

    @Test
    void refusesMoreThanFiftyCharacters() {
        assertThat(PhoneParser.check("+971504827361" + " ".repeat(40), null))
                .isEqualTo(new PhoneReading.Invalid(PhoneReading.Problem.TOO_LONG));
    }

    @Test
    void aNationalNumberIsReadInTheDefaultRegionWhenOneIsGiven() {
        assertThat(PhoneParser.check("050 482 7361", "AE")).isEqualTo(new PhoneReading.Valid("+971504827361"));
    }
}
