package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.AiProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The checks a request's text must pass: present, not blank, and not longer than the service reads. */
@Component
class RequestChecks {

    private final AiProperties properties;

    RequestChecks(AiProperties properties) {
        this.properties = properties;
    }

    void text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must not be empty");
        }
        if (value.length() > properties.maxTextLength()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    name + " must be at most " + properties.maxTextLength() + " characters");
        }
    }

    void present(String name, Object value) {
        if (value == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " is required");
        }
    }
}
