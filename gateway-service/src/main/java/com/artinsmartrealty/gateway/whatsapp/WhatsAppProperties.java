package com.artinsmartrealty.gateway.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WhatsApp Cloud API.
 *
 * @param apiUrl      base URL of the Graph API ({@code WHATSAPP_API_URL})
 * @param apiVersion  the Graph API version in paths, e.g. {@code v23.0}
 * @param appSecret   the platform's Meta app secret, which signs webhook payloads ({@code WHATSAPP_APP_SECRET})
 * @param verifyToken the token Meta presents when the webhook is verified ({@code WHATSAPP_VERIFY_TOKEN})
 */
@ConfigurationProperties("gateway.whatsapp")
public record WhatsAppProperties(String apiUrl, String apiVersion, String appSecret, String verifyToken) {

    public WhatsAppProperties {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://graph.facebook.com" : apiUrl.replaceAll("/+$", "");
        apiVersion = apiVersion == null || apiVersion.isBlank() ? "v23.0" : apiVersion;
        appSecret = appSecret == null || appSecret.isBlank() ? null : appSecret;
        verifyToken = verifyToken == null || verifyToken.isBlank() ? null : verifyToken;
    }

    @Override
    public String toString() {
        return "WhatsAppProperties[apiUrl=" + apiUrl + ", apiVersion=" + apiVersion + "]";
    }
}
