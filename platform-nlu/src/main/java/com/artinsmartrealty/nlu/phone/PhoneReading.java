package com.artinsmartrealty.nlu.phone;

/** Whether a message holds a phone number the platform accepts. */
public sealed interface PhoneReading {

    /** A valid number, in E.164 ({@code +971501234567}). */
    record Valid(String e164) implements PhoneReading {
    }

    /** Not accepted, and why. */
    record Invalid(Problem problem) implements PhoneReading {
    }

    /** Why a number is refused. */
    enum Problem {
        /** More than 50 characters. */
        TOO_LONG,
        /** No number in the message. */
        NO_NUMBER,
        /** No country code ({@code +} or {@code 00}). */
        NOT_INTERNATIONAL,
        /** Fewer than 10 or more than 15 digits. */
        WRONG_LENGTH,
        /** Fewer than 3 different digits. */
        TOO_FEW_DIGITS,
        /** A run such as 123456789 or 987654321. */
        SEQUENTIAL,
        /** A repeated pattern such as 111111111 or 555444444. */
        REPEATING,
        /** Well-formed but not a number that exists in its country's plan. */
        NOT_A_REAL_NUMBER
    }
}
