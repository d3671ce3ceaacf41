package com.artinsmartrealty.gateway.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code X-Hub-Signature-256} over the raw bytes, as Meta computes it. */
class WhatsAppSignatureTest {

    private static final byte[] BODY = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsTheHmacSha256OfTheRawBytesInHex() {
        // HMAC-SHA256("It's a Secret to Everybody", "Hello, World!"), the example of GitHub's and Meta's docs.
        byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        String header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

        assertThat(WhatsAppSignature.header(body, "It's a Secret to Everybody")).isEqualTo(header);
        assertThat(WhatsAppSignature.matches(WhatsAppSignature.presented(header), body, "It's a Secret to Everybody"))
                .isTrue();
    }

    @Test
    void anotherSecretAnotherBodyOrReserialisedJsonDoNotMatch() {
        String header = WhatsAppSignature.header(BODY, "secret");
        byte[] presented = WhatsAppSignature.presented(header);

        assertThat(WhatsAppSignature.matches(presented, BODY, "other")).isFalse();
        assertThat(WhatsAppSignature.matches(presented, "{\"object\": \"whatsapp_business_account\", \"entry\": []}"
                .getBytes(StandardCharsets.UTF_8), "secret")).isFalse();
        assertThat(WhatsAppSignature.matches(presented, BODY, null)).isFalse();
    }

    @Test
    void malformedHeadersPresentNothing() {
        assertThat(WhatsAppSignature.presented(null)).isNull();
        assertThat(WhatsAppSignature.presented("sha1=abcdef")).isNull();
        assertThat(WhatsAppSignature.presented("sha256=xyz")).isNull();
        assertThat(WhatsAppSignature.presented("sha256=" + "0".repeat(63))).isNull();
        assertThat(WhatsAppSignature.presented("SHA256=" + "a".repeat(64))).hasSize(32);
    }
}
