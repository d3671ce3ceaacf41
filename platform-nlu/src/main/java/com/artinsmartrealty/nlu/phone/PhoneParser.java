package com.artinsmartrealty.nlu.phone;

import com.artinsmartrealty.nlu.text.TextNormalizer;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a phone number a lead typed or shared. The whitepaper's rules come first (at most 50
 * characters, international format, 10-15 digits, no fewer than 3 different digits, no sequential or
 * repeating patterns), then libphonenumber decides whether the number exists in its country's plan.
 * Persian and Arabic digits and the usual separators ({@code space - ( ) .}) are accepted.
 */
public final class PhoneParser {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    static final int MAX_LENGTH = 50;
    private static final Pattern CANDIDATE = Pattern.compile("(\\+|00)?\\d[\\d\\s\\-().]{5,}\\d");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneParser() {
    }

    /**
     * @param defaultRegion ISO 3166 region for numbers written without a country code (e.g. {@code AE}),
     *                      or null to require the international format
     */
    public static PhoneReading check(String text, String defaultRegion) {
        if (text == null || text.isBlank()) {
            return new PhoneReading.Invalid(PhoneReading.Problem.NO_NUMBER);
        }
        if (text.length() > MAX_LENGTH) {
            return new PhoneReading.Invalid(PhoneReading.Problem.TOO_LONG);
        }
        Matcher matcher = CANDIDATE.matcher(TextNormalizer.normalize(text));
        if (!matcher.find()) {
            return new PhoneReading.Invalid(PhoneReading.Problem.NO_NUMBER);
        }
        String cleaned = SEPARATORS.matcher(matcher.group()).replaceAll("");
        if (cleaned.startsWith("00")) {
            cleaned = "+" + cleaned.substring(2);
        }
        if (!cleaned.startsWith("+") && defaultRegion == null) {
            return new PhoneReading.Invalid(PhoneReading.Problem.NOT_INTERNATIONAL);
        }
        Phonenumber.PhoneNumber number;
        try {
            number = PHONES.parse(cleaned, cleaned.startsWith("+") ? null : defaultRegion);
        } catch (NumberParseException e) {
            return new PhoneReading.Invalid(PhoneReading.Problem.NOT_A_REAL_NUMBER);
        }
        String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        int digits = e164.length() - 1;
        if (digits < 10 || digits > 15) {
            return new PhoneReading.Invalid(PhoneReading.Problem.WRONG_LENGTH);
        }
        String national = PHONES.getNationalSignificantNumber(number);
        PhoneReading.Problem pattern = patternProblem(national);
        if (pattern != null) {
            return new PhoneReading.Invalid(pattern);
        }
        if (!PHONES.isValidNumber(number)) {
            return new PhoneReading.Invalid(PhoneReading.Problem.NOT_A_REAL_NUMBER);
        }
        return new PhoneReading.Valid(e164);
    }

    /** The anti-fake rules, applied to the number without its country code. */
    static PhoneReading.Problem patternProblem(String national) {
        if (longestStep(national, 0) >= 6 || runs(national) <= 2) {
            return PhoneReading.Problem.REPEATING;
        }
        if (national.chars().distinct().count() < 3) {
            return PhoneReading.Problem.TOO_FEW_DIGITS;
        }
        if (longestStep(national, 1) >= 7 || longestStep(national, -1) >= 7) {
            return PhoneReading.Problem.SEQUENTIAL;
        }
        return null;
    }

    /** The longest run where each digit is the previous plus {@code step} (mod 10). */
    private static int longestStep(String digits, int step) {
        int longest = 1;
        int current = 1;
        for (int i = 1; i < digits.length(); i++) {
            int expected = Math.floorMod(digits.charAt(i - 1) - '0' + step, 10);
            current = digits.charAt(i) - '0' == expected ? current + 1 : 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    /** How many runs of one repeated digit make up the number (555444444 has 2). */
    private static int runs(String digits) {
        int runs = 1;
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(i - 1)) {
                runs++;
            }
        }
        return runs;
    }
}
