package com.artinsmartrealty.lead.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.api.lead.MatchRequest;
import com.artinsmartrealty.contracts.api.lead.MatchResponse;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.LeadServiceIT;
import com.artinsmartrealty.lead.inventory.ListingMother;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conversation service's match call: from the request's profile alone, in the lead's language. */
class MatchesIT extends LeadServiceIT {

    @Test
    void matchesNeedNoStoredLeadAndComeWithReasonsAndRoiInTheLeadsLanguage() {
        UUID tenant = UUID.randomUUID();
        addListings(tenant, ListingMother.dubai());
        LeadProfile investor = new LeadProfile(Goal.INVESTMENT, 1_000_000L, 1_500_000L, "AED",
                PropertyType.APARTMENT, Transaction.BUY, "Dubai Marina", 1);

        MatchResponse response = match(tenant, new MatchRequest(investor, "fa", 3));

        assertThat(response.fit()).isEqualTo(MatchResponse.Fit.WITHIN_BUDGET);
        // Two apartments within 1.0-1.5M (+10 %), best five-year return first; the nearest above completes three.
        assertThat(response.items()).extracting(item -> item.community())
                .containsExactly("Business Bay", "Dubai Marina", "Business Bay");
        assertThat(response.items().get(2).price()).isEqualTo(2_100_000);
        assertThat(response.items().get(2).reason()).contains("بالاتر از بودجه شما");
        var marina = response.items().get(1);
        assertThat(marina.title()).isEqualTo("آپارتمان در Dubai Marina");
        assertThat(marina.reason()).contains("بازده خالص ۵٫۵۸٪").contains("همان منطقه‌ای که خواستید");
        assertThat(marina.roi().netYieldPct()).isEqualByComparingTo(new BigDecimal("5.58"));
        assertThat(marina.roi().grossYieldPct()).isEqualByComparingTo(new BigDecimal("7.08"));
        assertThat(marina.roi().projectedValue5y()).isEqualTo(1_531_538);
        assertThat(marina.photoUrl()).isEqualTo("https://img.example/MAR-1.jpg");
    }

    @Test
    void aBuyerFarBelowTheCheapestSaleIsOfferedRentals() {
        UUID tenant = UUID.randomUUID();
        addListings(tenant, ListingMother.dubai());
        LeadProfile modest = new LeadProfile(Goal.LIVING, 200_000L, 300_000L, "AED", PropertyType.APARTMENT,
                Transaction.BUY, null, 1);

        MatchResponse response = match(tenant, new MatchRequest(modest, "en", 5));

        assertThat(response.fit()).isEqualTo(MatchResponse.Fit.RENT_INSTEAD);
        assertThat(response.items()).allSatisfy(item -> assertThat(item.transaction()).isEqualTo(Transaction.RENT));
        assertThat(response.items().getFirst().reason()).startsWith("To rent for 95,000 AED a year");
    }

    @Test
    void aTenantWithoutInventoryHasNoMatchesAndOnlyServicesMayAsk() {
        UUID tenant = UUID.randomUUID();
        LeadProfile anyone = new LeadProfile(Goal.LIVING, null, 2_000_000L, "AED", null, Transaction.BUY, null, null);

        assertThat(match(tenant, new MatchRequest(anyone, "ar", 3)).fit()).isEqualTo(MatchResponse.Fit.NO_INVENTORY);
        client().post().uri("/internal/leads/{id}/matches", UUID.randomUUID())
                .header("Authorization", "Bearer " + adminToken(tenant))
                .bodyValue(new MatchRequest(anyone, "en", 3)).exchange().expectStatus().isForbidden();
    }

    private MatchResponse match(UUID tenant, MatchRequest request) {
        return client().post().uri("/internal/leads/{id}/matches", UUID.randomUUID())
                .header("Authorization", "Bearer " + serviceToken(tenant))
                .bodyValue(request).exchange()
                .expectStatus().isOk()
                .expectBody(MatchResponse.class).returnResult().getResponseBody();
    }
}
