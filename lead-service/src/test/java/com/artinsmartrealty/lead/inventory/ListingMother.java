package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Listings for tests: a small Dubai inventory with known prices, rents and charges. */
public final class ListingMother {

    private ListingMother() {
    }

    public static Listing sale(String reference, PropertyType type, long price, Integer bedrooms, String community,
                               Long rent, Long charges, boolean residency) {
        return new Listing(UUID.randomUUID(), reference, type, Transaction.BUY, price,
                "AED", bedrooms, bedrooms == null ? null : 700 + bedrooms * 450, community,
                Map.of("en", bedrooms + "-bed " + type.name().toLowerCase() + " in " + community,
                        "fa", "آپارتمان در " + community,
                        "ar", "شقة في " + community),
                Map.of(), List.of("https://img.example/" + reference + ".jpg"), rent, charges, null, residency, true);
    }

    public static Listing rental(String reference, PropertyType type, long yearlyRent, Integer bedrooms,
                                 String community) {
        return new Listing(UUID.randomUUID(), reference, type, Transaction.RENT,
                yearlyRent, "AED", bedrooms, 900, community, Map.of("en", "Rental in " + community), Map.of(),
                List.of(), null, null, null, false, true);
    }

    /** Marina 1-bed 1.2M (rent 85k, charges 18k), JVC studio 550k, Downtown 2-bed 2.4M, a villa and rentals. */
    public static List<Listing> dubai() {
        return List.of(
                sale("MAR-1", PropertyType.APARTMENT, 1_200_000, 1, "Dubai Marina", 85_000L, 18_000L, false),
                sale("JVC-S", PropertyType.STUDIO, 550_000, 0, "Jumeirah Village Circle", 48_000L, 7_500L, false),
                sale("DTN-2", PropertyType.APARTMENT, 2_400_000, 2, "Downtown Dubai", 150_000L, 32_000L, true),
                sale("BB-1", PropertyType.APARTMENT, 1_350_000, 1, "Business Bay", 98_000L, 19_000L, false),
                sale("AR-V4", PropertyType.VILLA, 4_800_000, 4, "Arabian Ranches", 260_000L, 24_000L, true),
                offPlan(),
                rental("MAR-R1", PropertyType.APARTMENT, 95_000, 1, "Dubai Marina"),
                rental("JVC-R2", PropertyType.APARTMENT, 80_000, 2, "Jumeirah Village Circle"));
    }

    static Listing offPlan() {
        Listing base = sale("BB-OP2", PropertyType.APARTMENT, 2_100_000, 2, "Business Bay", 140_000L, 28_000L, true);
        return new Listing(base.id(), base.reference(), base.type(), base.transaction(), base.price(), base.currency(),
                base.bedrooms(), base.sizeSqft(), base.community(), base.titles(), base.descriptions(), base.photos(),
                base.expectedAnnualRent(), base.annualServiceCharges(), LocalDate.of(2027, 6, 30), true, true);
    }
}
