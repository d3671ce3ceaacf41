package com.artinsmartrealty.lead.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.i18n.LeadTexts;
import com.artinsmartrealty.lead.inventory.Listing;
import com.artinsmartrealty.lead.inventory.ListingMother;
import com.artinsmartrealty.lead.leads.Profile;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {

    private static final Matcher MATCHER = new Matcher(BigDecimal.TEN, new BigDecimal("5"));
    private static final List<Listing> DUBAI = ListingMother.dubai();

    @Test
    void anInvestorGetsTheBestFiveYearReturnsFirst() {
        Profile investor = new Profile(Goal.INVESTMENT, 1_000_000L, 2_700_000L, "AED", PropertyType.APARTMENT,
                Transaction.BUY, null, null);

        MatchResult result = MATCHER.match(investor, DUBAI, 5);

        assertThat(result.fit()).isEqualTo(Fit.WITHIN_BUDGET);
        assertThat(references(result)).containsExactly("BB-1", "MAR-1", "BB-OP2", "DTN-2");
        assertThat(result.matches()).allSatisfy(match -> assertThat(match.projection()).isNotNull());
        assertThat(LeadTexts.reason("en", result.matches().getFirst().reason()))
                .isEqualTo("Net yield 5.85%; projected 5-year return 56.89%; in Business Bay; within your budget");
    }

    @Test
    void residencySeekersSeeVisaEligibleListingsFirst() {
        Profile residency = new Profile(Goal.RESIDENCY, 1_000_000L, 2_500_000L, "AED", PropertyType.APARTMENT,
                Transaction.BUY, null, 2);

        MatchResult result = MATCHER.match(residency, DUBAI, 3);

        assertThat(references(result)).containsExactly("BB-OP2", "DTN-2", "MAR-1");
        assertThat(LeadTexts.reason("en", result.matches().getFirst().reason()))
                .startsWith("Eligible for a UAE residence visa; 2 bedrooms as you asked; in Business Bay; "
                        + "off-plan, handover in 2027");
    }

    @Test
    void aHomeSeekerGetsTheBestFitForBedroomsAndArea() {
        Profile living = new Profile(Goal.LIVING, null, 100_000L, "AED", PropertyType.APARTMENT, Transaction.RENT,
                "Marina", 1);

        MatchResult result = MATCHER.match(living, DUBAI, 3);

        assertThat(result.fit()).isEqualTo(Fit.WITHIN_BUDGET);
        assertThat(references(result)).containsExactly("MAR-R1", "JVC-R2");
        assertThat(result.matches().getFirst().projection()).isNull();
    }

    @Test
    void theToleranceStretchesTheBudgetAndSaysSo() {
        Profile buyer = new Profile(Goal.LIVING, null, 1_100_000L, "AED", PropertyType.APARTMENT, Transaction.BUY,
                null, 1);

        MatchResult result = MATCHER.match(buyer, DUBAI, 3);

        assertThat(references(result).getFirst()).isEqualTo("MAR-1");
        assertThat(LeadTexts.reason("en", result.matches().getFirst().reason())).contains("100,000 AED above your budget");
    }

    @Test
    void aBuyerJustBelowTheMarketIsShownTheNearestListingsAbove() {
        Profile buyer = new Profile(Goal.INVESTMENT, 700_000L, 900_000L, "AED", PropertyType.APARTMENT,
                Transaction.BUY, null, null);

        MatchResult result = MATCHER.match(buyer, DUBAI, 3);

        assertThat(result.fit()).isEqualTo(Fit.ABOVE_BUDGET);
        assertThat(references(result)).containsExactly("MAR-1", "BB-1", "BB-OP2");
        assertThat(LeadTexts.reason("fa", result.matches().getFirst().reason()))
                .startsWith("نزدیک‌ترین گزینه ما، ۳۰۰٬۰۰۰ درهم بالاتر از بودجه شما");
    }

    @Test
    void listingsInAnotherCurrencyOrInactiveAreNeverOffered() {
        Listing dollars = new Listing(java.util.UUID.randomUUID(), "USD-1", PropertyType.APARTMENT, Transaction.BUY,
                300_000, "USD", 1, 700, "Dubai Marina", java.util.Map.of("en", "In dollars"), null, null, 20_000L,
                1_000L, null, false, true);
        Listing inactive = new Listing(java.util.UUID.randomUUID(), "OFF-1", PropertyType.APARTMENT, Transaction.BUY,
                300_000, "AED", 1, 700, "Dubai Marina", java.util.Map.of("en", "Sold"), null, null, 20_000L, 1_000L,
                null, false, false);
        Profile buyer = new Profile(Goal.INVESTMENT, null, 350_000L, "AED", null, Transaction.BUY, null, null);

        assertThat(MATCHER.match(buyer, List.of(dollars, inactive), 3).fit()).isEqualTo(Fit.NO_INVENTORY);
    }

    @Test
    void theLimitIsHeldBetweenThreeAndFive() {
        Profile anyone = new Profile(null, null, null, null, null, null, null, null);

        assertThat(MATCHER.match(anyone, DUBAI, 1).matches()).hasSize(3);
        assertThat(MATCHER.match(anyone, DUBAI, 50).matches()).hasSize(5);
        assertThat(MATCHER.match(anyone, DUBAI, 0).matches()).hasSize(5);
    }

    private static List<String> references(MatchResult result) {
        return result.matches().stream().map(match -> match.listing().reference()).toList();
    }
}
