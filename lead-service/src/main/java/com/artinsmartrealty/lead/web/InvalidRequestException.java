package com.artinsmartrealty.lead.web;

import java.util.List;

/** A request whose content is not acceptable; answered 400 with the problems listed. */
public class InvalidRequestException extends RuntimeException {

    private final List<String> problems;

    public InvalidRequestException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String message) {
        this(message, List.of());
    }

    public List<String> problems() {
        return problems;
    }
}
