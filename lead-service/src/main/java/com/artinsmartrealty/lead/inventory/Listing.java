package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A property the agency offers.
 *
 * @param reference            the agency's own code for it, unique per tenant (CSV imports update by it)
 * @param price                the sale price, or the yearly rent of a rental, in whole {@code currency} units
 * @param titles               by language ({@code en}, {@code fa}, {@code ar}, {@code ru}); English is required
 * @param expectedAnnualRent   what a sale listing is expected to rent for per year, for yields
 * @param annualServiceCharges the building's yearly service charges
 * @param handoverDate         for off-plan property; null when ready
 * @param residencyEligible    buying it qualifies for a UAE residence visa
 */
public record Listing(UUID id, String reference, PropertyType type, Transaction transaction, long price,
                      String currency, Integer bedrooms, Integer sizeSqft, String community,
                      Map<String, String> titles, Map<String, String> descriptions, List<String> photos,
                      Long expectedAnnualRent, Long annualServiceCharges, LocalDate handoverDate,
                      boolean residencyEligible, boolean active) {

    public Listing {
        Objects.requireNonNull(id, "id");
        titles = Map.copyOf(titles);
        descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** The title in {@code language}, else in English, else any. */
    public String title(String language) {
        return inLanguage(titles, language);
    }

    public String description(String language) {
        return inLanguage(descriptions, language);
    }

    public String firstPhoto() {
        return photos.isEmpty() ? null : photos.getFirst();
    }

    private static String inLanguage(Map<String, String> texts, String language) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.get("en");
        }
        if (text == null && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return text;
    }
}
