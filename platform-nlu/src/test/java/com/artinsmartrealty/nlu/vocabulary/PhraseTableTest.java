package com.artinsmartrealty.nlu.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    @Test
    void theLongestPhraseStartingAtAWordWinsAndMatchingGoesOnAfterIt() {
        PhraseTable<String> table = new PhraseTable<String>()
                .add("marina", "marina")
                .add("dubai marina", "dubai marina")
                .add("dubai", "dubai");

        assertThat(table.matches(words("a flat in dubai marina near dubai")))
                .containsExactly(new PhraseTable.Match<>("dubai marina", 3, 4), new PhraseTable.Match<>("dubai", 6, 6));
    }

    @Test
    void aStarredWordMatchesEveryWordItStarts() {
        PhraseTable<String> table = new PhraseTable<String>().add("flat", "квартир*").add("villa", "вилл*");

        assertThat(table.matches(words("хочу квартиру или виллу"))).extracting(PhraseTable.Match::value)
                .containsExactly("flat", "villa");
        assertThat(table.any(words("квар"))).isFalse();
        assertThat(table.any(words("нет"))).isFalse();
    }

    @Test
    void ofEquallyLongPhrasesTheOneAddedFirstWinsWhetherExactOrStarred() {
        PhraseTable<String> starredFirst = new PhraseTable<String>().add("starred", "buy*").add("exact", "buying");
        PhraseTable<String> exactFirst = new PhraseTable<String>().add("exact", "buying").add("starred", "buy*");

        assertThat(starredFirst.last(words("buying"))).contains("starred");
        assertThat(exactFirst.last(words("buying"))).contains("exact");
    }

    @Test
    void aLongerStarredPhraseBeatsAShorterExactOneAndALaterMentionIsTheLast() {
        PhraseTable<String> table = new PhraseTable<String>()
                .add("rent", "rent")
                .add("rent out", "rent* out");

        assertThat(table.matches(words("rented out"))).extracting(PhraseTable.Match::value).containsExactly("rent out");
        assertThat(table.last(words("rent out then rent"))).contains("rent");
        assertThat(table.last(words("nothing here"))).isEmpty();
    }
}
