package com.artinsmartrealty.lead.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.lead.inventory.ListingMother;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoiCalculatorTest {

    @Test
    void yieldsAndTheFiveYearProjectionFollowFromRentChargesAndAppreciation() {
        var marina = ListingMother.sale("MAR", PropertyType.APARTMENT, 1_200_000, 1, "Dubai Marina", 85_000L,
                18_000L, false);

        Projection roi = RoiCalculator.project(marina, new BigDecimal("5")).orElseThrow();

        assertThat(roi.grossYieldPct()).isEqualByComparingTo("7.08");
        assertThat(roi.netYieldPct()).isEqualByComparingTo("5.58");
        assertThat(roi.yearlyValues()).containsExactly(1_260_000L, 1_323_000L, 1_389_150L, 1_458_608L, 1_531_538L);
        assertThat(roi.netRent5y()).isEqualTo(335_000);
        // (335,000 + 331,538) / 1,200,000
        assertThat(roi.projectedReturnPct5y()).isEqualByComparingTo("55.54");
    }

    @Test
    void aFallingMarketShowsInTheProjection() {
        var villa = ListingMother.sale("V", PropertyType.VILLA, 4_000_000, 4, "Arabian Ranches", 200_000L, 0L, false);

        Projection roi = RoiCalculator.project(villa, new BigDecimal("-2")).orElseThrow();

        assertThat(roi.projectedValue5y()).isEqualTo(3_615_683);
        assertThat(roi.projectedReturnPct5y()).isEqualByComparingTo("15.39");
    }

    @Test
    void rentalsAndListingsWithoutAnExpectedRentHaveNoProjection() {
        assertThat(RoiCalculator.project(ListingMother.rental("R", PropertyType.APARTMENT, 90_000, 1, "JVC"),
                BigDecimal.TEN)).isEmpty();
        assertThat(RoiCalculator.project(ListingMother.sale("S", PropertyType.APARTMENT, 900_000, 1, "JVC", null,
                null, false), BigDecimal.TEN)).isEmpty();
    }
}
