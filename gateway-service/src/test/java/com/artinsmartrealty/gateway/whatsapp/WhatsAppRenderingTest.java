package com.artinsmartrealty.gateway.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.chat.ReplyButton;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class WhatsAppRenderingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void upToThreeChoicesAreReplyButtonsWithTheirCallbackDataAsIds() {
        JsonNode message = WhatsAppRendering.choices(message(), "What is your main goal?", buttons(3), "en");

        assertThat(message.path("type").asString()).isEqualTo("interactive");
        assertThat(message.path("interactive").path("type").asString()).isEqualTo("button");
        assertThat(message.path("interactive").path("body").path("text").asString()).isEqualTo("What is your main goal?");
        JsonNode first = message.path("interactive").path("action").path("buttons").path(0);
        assertThat(first.path("type").asString()).isEqualTo("reply");
        assertThat(first.path("reply").path("id").asString()).isEqualTo("choice:0");
        assertThat(message.path("interactive").path("action").path("buttons")).hasSize(3);
    }

    @Test
    void fourToTenChoicesAreAListWithALocalisedButton() {
        JsonNode message = WhatsAppRendering.choices(message(), "Pick an area", buttons(10), "fa");

        assertThat(message.path("interactive").path("type").asString()).isEqualTo("list");
        JsonNode action = message.path("interactive").path("action");
        assertThat(action.path("button").asString()).isEqualTo("انتخاب کنید");
        assertThat(action.path("sections").path(0).path("rows")).hasSize(10);
        assertThat(action.path("sections").path(0).path("rows").path(9).path("id").asString()).isEqualTo("choice:9");
    }

    @Test
    void longLabelsAreShortenedToTheLimitsWithTheFullLabelAsTheRowDescription() {
        String label = "Jumeirah Village Circle (JVC), near Circle Mall";
        List<ReplyButton> rows = List.of(new ReplyButton(label, "a:1"), new ReplyButton("B", "a:2"),
                new ReplyButton("C", "a:3"), new ReplyButton("D", "a:4"));

        JsonNode row = WhatsAppRendering.choices(message(), "Where?", rows, "en")
                .path("interactive").path("action").path("sections").path(0).path("rows").path(0);

        assertThat(row.path("title").asString()).hasSize(24).endsWith("…");
        assertThat(row.path("description").asString()).isEqualTo(label);
    }

    @Test
    void buttonsWhoseShortenedTitlesCollideBecomeAList() {
        List<ReplyButton> similar = List.of(new ReplyButton("Apartment in Dubai Marina", "t:1"),
                new ReplyButton("Apartment in Dubai Marina Gate", "t:2"));

        assertThat(WhatsAppRendering.fitsButtons(similar)).isFalse();
        assertThat(WhatsAppRendering.choices(message(), "?", similar, "en").path("interactive").path("type").asString())
                .isEqualTo("list");
    }

    @Test
    void theTemplateCarriesItsNameAndLanguage() {
        JsonNode template = WhatsAppRendering.template(message(), "follow_up", "en_US");

        assertThat(template.path("type").asString()).isEqualTo("template");
        assertThat(template.path("template").path("name").asString()).isEqualTo("follow_up");
        assertThat(template.path("template").path("language").path("code").asString()).isEqualTo("en_US");
    }

    @Test
    void shorteningCountsCharactersNotUtf16Units() {
        assertThat(WhatsAppRendering.shorten("🏠🏠🏠🏠🏠", 3)).isEqualTo("🏠🏠…");
        assertThat(WhatsAppRendering.shorten("short", 20)).isEqualTo("short");
    }

    private static ObjectNode message() {
        ObjectNode message = JSON.createObjectNode();
        message.put("messaging_product", "whatsapp");
        message.put("to", "971501234567");
        return message;
    }

    private static List<ReplyButton> buttons(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ReplyButton("Choice " + i, "choice:" + i)).toList();
    }
}
