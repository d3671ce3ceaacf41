package com.artinsmartrealty.gateway.auth;

/**
 * What a login or refresh answers.
 *
 * @param expiresIn seconds until the access token expires
 */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {

    @Override
    public String toString() {
        return "TokenPair[expiresIn=" + expiresIn + "]";
    }
}
