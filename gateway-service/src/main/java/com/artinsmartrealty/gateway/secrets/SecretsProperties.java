package com.artinsmartrealty.gateway.secrets;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that encrypt channel secrets at rest.
 *
 * @param key          the current AES-256 key, 32 bytes in base64 ({@code GATEWAY_SECRETS_KEY})
 * @param previousKeys keys still accepted for reading while secrets are re-encrypted after a rotation
 */
@ConfigurationProperties("gateway.secrets")
public record SecretsProperties(String key, List<String> previousKeys) {

    public SecretsProperties {
        previousKeys = previousKeys == null ? List.of() : List.copyOf(previousKeys);
    }

    @Override
    public String toString() {
        return "SecretsProperties[keys=" + (1 + previousKeys.size()) + "]";
    }
}
