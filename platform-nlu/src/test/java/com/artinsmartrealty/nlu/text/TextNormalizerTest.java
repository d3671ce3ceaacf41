package com.artinsmartrealty.nlu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I Want  a VILLA in   Dubai   |i want a villa in dubai
            '  AED 2,000,000?  '          |aed 2,000,000?
            ۲ میلیون                       |2 میلیون
            ٢٫٥ مليون                      |2.5 ملیون
            ١٬٢٠٠٬٠٠٠ درهم                 |1,200,000 درهم
            كيف حالك؟                      |کیف حالک?
            مدرسة أو إمارة آمنة            |مدرسه او اماره امنه
            مـــدرســة                     |مدرسه
            مَدْرَسَةٌ                        |مدرسه
            خانه‌ی من                      |خانه ی من
            ТРЁХКОМНАТНАЯ Квартира         |трёхкомнатная квартира
            """)
    void bringsTextToOneForm(String text, String expected) {
        assertThat(TextNormalizer.normalize(text)).isEqualTo(expected);
    }

    @Test
    void everyKindOfWhiteSpaceIsOneSpace() {
        assertThat(TextNormalizer.normalize("\tA\r\n\u00A0b\u200C c\u2003\u001Fd \n")).isEqualTo("a b c d");
    }
}
