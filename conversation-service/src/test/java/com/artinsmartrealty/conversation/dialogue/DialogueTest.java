package com.artinsmartrealty.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every dialogue under {@code src/test/resources/dialogues}, on the pure core. */
class DialogueTest {

    private final DialogueRunner runner = new DialogueRunner();

    static Stream<Dialogue> dialogues() {
        return Dialogues.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogues")
    void runs(Dialogue dialogue) {
        runner.run(dialogue);
    }

    @Test
    void atLeastFortyDialoguesCoverTheFourLanguagesAndTheHardParts() {
        List<Dialogue> all = Dialogues.all().toList();
        Map<String, Long> byLanguage = all.stream().collect(Collectors.groupingBy(
                dialogue -> dialogue.file().getFileName().toString().substring(0, 2), Collectors.counting()));

        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(byLanguage).containsOnlyKeys("fa", "ar", "en", "ru");
        assertThat(byLanguage.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
        String everything = all.stream().flatMap(dialogue -> dialogue.turns().stream()).map(Object::toString)
                .collect(Collectors.joining("\n"));
        assertThat(everything).contains("voice=", "photo=", "after=PT", "agent=takeover", "expect=");
        assertThat(Dialogues.overKafka().count()).isBetween(3L, 10L);
    }
}
