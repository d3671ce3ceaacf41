package com.artinsmartrealty.gateway.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY = key("0123456789abcdef0123456789abcdef");
    private static final String OTHER_KEY = key("fedcba9876543210fedcba9876543210");

    @Test
    void aSealedSecretOpensInItsContextAndDoesNotShowThePlaintext() {
        SecretCipher cipher = new SecretCipher(KEY, List.of());

        String sealed = cipher.seal("123456:ABC-bot-token", "telegram.bot_token:t1");

        assertThat(sealed).startsWith("v1:").doesNotContain("ABC-bot-token");
        assertThat(cipher.open(sealed, "telegram.bot_token:t1")).isEqualTo("123456:ABC-bot-token");
        assertThat(cipher.seal("123456:ABC-bot-token", "telegram.bot_token:t1")).isNotEqualTo(sealed);
    }

    @Test
    void aSecretMovedToAnotherTenantOrColumnDoesNotOpen() {
        SecretCipher cipher = new SecretCipher(KEY, List.of());
        String sealed = cipher.seal("token", "telegram.bot_token:t1");

        assertThatThrownBy(() -> cipher.open(sealed, "telegram.bot_token:t2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "whatsapp.access_token:t1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        SecretCipher cipher = new SecretCipher(KEY, List.of());
        String sealed = cipher.seal("token", "c");
        char[] chars = sealed.toCharArray();
        int last = chars.length - 3;
        chars[last] = chars[last] == 'A' ? 'B' : 'A';

        assertThatThrownBy(() -> cipher.open(new String(chars), "c")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open("plain-text", "c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterARotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        String sealedWithOld = new SecretCipher(KEY, List.of()).seal("token", "c");
        SecretCipher rotated = new SecretCipher(OTHER_KEY, List.of(KEY));

        assertThat(rotated.open(sealedWithOld, "c")).isEqualTo("token");
        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY, List.of()).open(sealedWithOld, "c"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown key");
    }

    @Test
    void aMissingOrShortKeyStopsTheStart() {
        assertThatThrownBy(() -> new SecretCipher(null, List.of())).hasMessageContaining("GATEWAY_SECRETS_KEY");
        assertThatThrownBy(() -> new SecretCipher(key("too-short"), List.of())).hasMessageContaining("32 random bytes");
    }

    private static String key(String raw) {
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }
}
