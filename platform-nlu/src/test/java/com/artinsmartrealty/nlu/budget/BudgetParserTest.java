package com.artinsmartrealty.nlu.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetParserTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 2M                                  | 2000000  | 3000000  | AED
            en | 500K                                | 500000   | 750000   | AED
            en | 1.5 million                         | 1500000  | 2250000  | AED
            en | 2,000,000                           | 2000000  | 3000000  | AED
            en | AED 2m                              | 2000000  | 3000000  | AED
            en | 1-2M                                | 1000000  | 2000000  | AED
            en | between 800k and 1.2m               | 800000   | 1200000  | AED
            en | two million dirhams                 | 2000000  | 3000000  | AED
            en | around $500k                        | 500000   | 750000   | USD
            en | two and a half million              | 2500000  | 3750000  | AED
            en | 1.2 - 1.8 mn                        | 1200000  | 1800000  | AED
            en | I want to buy a 3-bed villa in Dubai Marina for about 2M | 2000000 | 3000000 | AED
            en | actually make it 3 million          | 3000000  | 4500000  | AED
            fa | ۲ میلیون                            | 2000000  | 3000000  | AED
            fa | دو میلیون تومان                     | 20000000 | 30000000 | IRR
            fa | یک و نیم میلیون درهم                | 1500000  | 2250000  | AED
            fa | بین ۸۰۰ هزار تا ۱.۲ میلیون          | 800000   | 1200000  | AED
            fa | بودجه‌ام حدود ۳ میلیون درهم است       | 3000000  | 4500000  | AED
            ar | مليونين درهم                        | 2000000  | 3000000  | AED
            ar | ٢ مليون                             | 2000000  | 3000000  | AED
            ar | ثلاثة ملايين                        | 3000000  | 4500000  | AED
            ar | خمسمائة ألف دولار                   | 500000   | 750000   | USD
            ar | مليون ونصف                          | 1500000  | 2250000  | AED
            ar | ٢٫٥ مليون                           | 2500000  | 3750000  | AED
            ru | 2 млн                               | 2000000  | 3000000  | AED
            ru | два миллиона                        | 2000000  | 3000000  | AED
            ru | полтора миллиона долларов           | 1500000  | 2250000  | USD
            ru | от 1 до 2 млн                       | 1000000  | 2000000  | AED
            ru | 2,5 млн евро                        | 2500000  | 3750000  | EUR
            """)
    void readsBudgetsInEveryLanguage(String language, String text, long min, long max, String currency) {
        assertThat(BudgetParser.parse(text, language, "AED"))
                .isEqualTo(new BudgetReading.Found(min, max, currency));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            up to 2M              | en
            تا ۲ میلیون           | fa
            до 2 млн              | ru
            """)
    void anUpperLimitLeavesTheMinimumOpen(String text, String language) {
        assertThat(BudgetParser.parse(text, language, "AED")).isEqualTo(new BudgetReading.Found(null, 2_000_000L, "AED"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            at least 800k         | en
            حداقل ۸۰۰ هزار        | fa
            """)
    void aLowerLimitLeavesTheMaximumOpen(String text, String language) {
        assertThat(BudgetParser.parse(text, language, "AED")).isEqualTo(new BudgetReading.Found(800_000L, null, "AED"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 AED                  | ZERO
            -5 million             | NEGATIVE
            minus 2M               | NEGATIVE
            999999999999 AED       | TOO_LARGE
            50 dirhams             | TOO_SMALL
            """)
    void nonsenseIsRecognised(String text, BudgetReading.Problem problem) {
        assertThat(BudgetParser.parse(text, "en", "AED")).isEqualTo(new BudgetReading.Implausible(problem));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hello
            I want a 3 bedroom villa
            120 sqm
            can I talk to a human?
            """)
    void messagesWithoutABudgetHaveNone(String text) {
        assertThat(BudgetParser.parse(text, "en", "AED")).isEqualTo(new BudgetReading.NotFound());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ۲۰۰ میلیارد ریال | fa | IRR
            ۲ میلیون ريال    | ar | SAR
            """)
    void theRiyalDependsOnTheLanguage(String text, String language, String currency) {
        assertThat(((BudgetReading.Found) BudgetParser.parse(text, language, "AED")).currency()).isEqualTo(currency);
    }
}
