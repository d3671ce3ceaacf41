package com.artinsmartrealty.gateway.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Hub-Signature-256: sha256=<hex>}: HMAC-SHA256 of the raw request bytes keyed with the
 * Meta app secret, compared in constant time. Never computed over re-serialised JSON.
 */
final class WhatsAppSignature {

    static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";

    private WhatsAppSignature() {
    }

    /** The presented digest, or null when the header is missing or not {@code sha256=<64 hex digits>}. */
    static byte[] presented(String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String hex = header.substring(PREFIX.length()).strip();
        if (hex.length() != 64) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when {@code presented} is the HMAC of {@code body} under {@code appSecret}. */
    static boolean matches(byte[] presented, byte[] body, String appSecret) {
        if (presented == null || appSecret == null) {
            return false;
        }
        return MessageDigest.isEqual(presented, sign(body, appSecret));
    }

    static byte[] sign(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header value for {@code body} signed with {@code appSecret}. */
    static String header(byte[] body, String appSecret) {
        return PREFIX + HexFormat.of().formatHex(sign(body, appSecret));
    }
}
