package com.artinsmartrealty.gateway.users;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What a new password must be: 10 characters at least, and at most bcrypt's 72 bytes. */
final class PasswordPolicy {

    static final int MIN_CHARACTERS = 10;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static String checked(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "password must have at least " + MIN_CHARACTERS + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "password must be at most 72 bytes long");
        }
        return password;
    }
}
