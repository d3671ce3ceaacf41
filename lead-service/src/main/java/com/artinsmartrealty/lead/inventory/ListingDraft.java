package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A listing as a user or a CSV row gives it, before it is checked. */
public record ListingDraft(String reference, PropertyType type, Transaction transaction, Long price, String currency,
                           Integer bedrooms, Integer sizeSqft, String community, Map<String, String> titles,
                           Map<String, String> descriptions, List<String> photos, Long expectedAnnualRent,
                           Long annualServiceCharges, LocalDate handoverDate, Boolean residencyEligible,
                           Boolean active) {

    static final Set<String> LANGUAGES = Set.of("en", "fa", "ar", "ru");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final int MAX_TEXT = 4_000;
    private static final int MAX_PHOTOS = 30;

    /** What is wrong with the draft, in plain words; empty when it is a valid listing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            problems.add("reference must be 1-64 letters, digits or . _ / -");
        }
        if (type == null) {
            problems.add("type is required");
        }
        if (transaction == null) {
            problems.add("transaction must be buy or rent");
        }
        if (price == null || price <= 0) {
            problems.add("price must be a positive whole number");
        }
        if (currency == null || !isCurrency(currency)) {
            problems.add("currency must be an ISO 4217 code such as AED");
        }
        if (bedrooms != null && (bedrooms < 0 || bedrooms > 50)) {
            problems.add("bedrooms must be between 0 and 50");
        }
        if (sizeSqft != null && (sizeSqft <= 0 || sizeSqft > 1_000_000)) {
            problems.add("sizeSqft must be a positive number");
        }
        if (community == null || community.isBlank() || community.length() > 200) {
            problems.add("community is required");
        }
        if (titles == null || titles.get("en") == null || titles.get("en").isBlank()) {
            problems.add("an English title is required");
        }
        checkTexts("titles", titles, 300, problems);
        checkTexts("descriptions", descriptions, MAX_TEXT, problems);
        if (photos != null && (photos.size() > MAX_PHOTOS
                || photos.stream().anyMatch(url -> url == null || !url.matches("https?://\\S{1,2000}")))) {
            problems.add("photos must be at most " + MAX_PHOTOS + " http(s) URLs (or, on a replace, paths of the"
                    + " listing's own stored photos)");
        }
        if (expectedAnnualRent != null && expectedAnnualRent < 0) {
            problems.add("expectedAnnualRent must not be negative");
        }
        if (annualServiceCharges != null && annualServiceCharges < 0) {
            problems.add("annualServiceCharges must not be negative");
        }
        return problems;
    }

    /** The listing this draft describes; call only when {@link #problems()} is empty. */
    public Listing toListing(UUID id) {
        return new Listing(id, reference, type, transaction, price, currency.toUpperCase(java.util.Locale.ROOT),
                bedrooms, sizeSqft, community.strip(), titles, descriptions, photos, expectedAnnualRent,
                annualServiceCharges, handoverDate, Boolean.TRUE.equals(residencyEligible), !Boolean.FALSE.equals(active));
    }

    private static void checkTexts(String name, Map<String, String> texts, int max, List<String> problems) {
        if (texts == null) {
            return;
        }
        for (var entry : texts.entrySet()) {
            if (!LANGUAGES.contains(entry.getKey())) {
                problems.add(name + " may be in en, fa, ar or ru, not " + entry.getKey());
            } else if (entry.getValue() != null && entry.getValue().length() > max) {
                problems.add(name + "." + entry.getKey() + " is longer than " + max + " characters");
            }
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT));
            return code.length() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
