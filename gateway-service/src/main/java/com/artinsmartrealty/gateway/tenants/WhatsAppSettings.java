package com.artinsmartrealty.gateway.tenants;

import java.util.UUID;

/**
 * A tenant's WhatsApp business number on the Cloud API, secrets decrypted. Never logged.
 *
 * @param appSecret        the secret of the tenant's own Meta app, or null when it uses the platform's
 * @param templateName     the approved template sent outside the 24-hour window, or null
 * @param templateLanguage the template's language code ({@code en_US}), or null
 */
public record WhatsAppSettings(UUID tenantId, String phoneNumberId, String accessToken, String appSecret,
                               String templateName, String templateLanguage) {

    public boolean hasTemplate() {
        return templateName != null && templateLanguage != null;
    }

    @Override
    public String toString() {
        return "WhatsAppSettings[tenantId=" + tenantId + ", phoneNumberId=" + phoneNumberId + "]";
    }
}
