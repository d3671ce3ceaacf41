package com.artinsmartrealty.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.contracts.chat.ReplyButton;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysAndTopicsTest {

    private static final UUID TENANT = ContractsMother.TENANT;

    @Test
    void chatKeyIsTenantChannelAndChat() {
        assertThat(new ChatKey(TENANT, Channel.WHATSAPP, "971501234567").value())
                .isEqualTo(TENANT + ":whatsapp:971501234567");
    }

    @Test
    void chatKeyParsesBackEvenWhenTheChatIdHasColons() {
        ChatKey key = new ChatKey(TENANT, Channel.WEBCHAT, "a:b:c");

        assertThat(ChatKey.parse(key.value())).isEqualTo(key);
    }

    @Test
    void blankChatIdsAreRefused() {
        assertThatThrownBy(() -> new ChatKey(TENANT, Channel.TELEGRAM, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aggregateKeyIsTenantAndAggregate() {
        UUID lead = ContractsMother.LEAD;

        assertThat(new AggregateKey(TENANT, lead).value()).isEqualTo(TENANT + ":" + lead);
    }

    @Test
    void everyEventTopicHasADeadLetterTwin() {
        assertThat(Topics.allTopics()).hasSize(Topics.eventTopics().size() * 2)
                .contains("chat.inbound.v1", "chat.inbound.v1.dlt", "lead.events.v1.dlt");
        assertThat(Topics.originOf(Topics.deadLetterOf(Topics.LEAD_EVENTS))).isEqualTo(Topics.LEAD_EVENTS);
    }

    @Test
    void everyRegisteredTypeLivesOnAKnownTopic() {
        assertThat(EventTypes.all()).allSatisfy(type ->
                assertThat(Topics.eventTopics()).contains(type.topic()));
    }

    @Test
    void callbackDataIsLimitedToSixtyFourBytesNotCharacters() {
        assertThat(new ReplyButton("ok", "x".repeat(64)).callbackData()).hasSize(64);
        // 33 Cyrillic letters are 66 bytes.
        assertThatThrownBy(() -> new ReplyButton("нет", "д".repeat(33)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
