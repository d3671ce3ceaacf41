package com.artinsmartrealty.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.api.ai.MediaStatus;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.contracts.api.lead.ListingCatalog;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.contracts.api.lead.ListingMatch;
import com.artinsmartrealty.contracts.api.lead.MatchResponse;
import com.artinsmartrealty.contracts.api.lead.Roi;
import com.artinsmartrealty.contracts.api.scheduling.BookingConflict;
import com.artinsmartrealty.contracts.api.scheduling.OpenSlot;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP records survive JSON both ways, with their explicit wire names. */
class ApiRecordsTest {

    private static final JsonMapper JSON = new EventCodec().mapper();

    static Stream<Object> examples() {
        UUID id = ContractsMother.LEAD;
        return Stream.of(
                new UnderstandResponse(Intent.PROVIDE_SLOT, "fa", new Entities(2_000_000L, 3_000_000L, "AED",
                        PropertyType.VILLA, Transaction.BUY, Goal.INVESTMENT, "Dubai Marina", 3, null), 0.9, "offline"),
                new ReplyRequest("Is there a service charge?", "en", ReplyRequest.Purpose.FAQ, id,
                        ContractsMother.qualifiedProfile(), List.of()),
                new VisionResponse(MediaStatus.UNAVAILABLE, null, List.of(new VisionResponse.PhotoMatch(id, 0.93)),
                        "Couldn't process image. Please send a clearer photo."),
                new MatchResponse(List.of(new ListingMatch(id, "Marina view", PropertyType.APARTMENT, Transaction.BUY,
                        1_950_000, "AED", 2, 1_200, "Dubai Marina", null, "Within budget",
                        new Roi(120_000, new BigDecimal("6.15"), new BigDecimal("5.10"), new BigDecimal("4"),
                                2_372_000, new BigDecimal("47.3")))), MatchResponse.Fit.WITHIN_BUDGET),
                new ListingCatalog(List.of(new ListingDocument(id, PropertyType.APARTMENT, Transaction.BUY, 1_950_000,
                        "AED", "Dubai Marina", 2, 1_200, Map.of("en", "Marina view", "fa", "منظره مارینا"),
                        Map.of("en", "Two bedrooms with a balcony over the marina."),
                        List.of(ListingDocument.photoPath(id, 0)), Instant.parse("2026-03-14T09:26:53Z"))),
                        "2026-03-14T09:26:53Z/1"),
                new BookingConflict("about:blank", "Conflict", 409, "The slot was just taken.",
                        List.of(new OpenSlot(ContractsMother.AGENT, "Omid", Instant.parse("2026-03-16T06:00:00Z"),
                                Instant.parse("2026-03-16T06:45:00Z"), "Mon 16 Mar, 10:00"))));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void roundTrips(Object example) {
        String json = JSON.writeValueAsString(example);

        assertThat(JSON.readValue(json, example.getClass())).isEqualTo(example);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void enumsTravelByTheirWireNames(Object example) {
        String json = JSON.writeValueAsString(example);

        assertThat(json).doesNotContain("PROVIDE_SLOT", "WITHIN_BUDGET", "INVESTMENT\"", "UNAVAILABLE", "APARTMENT");
    }

    @Test
    void aListingCatalogReadsFromItsWireForm() {
        String json = """
                {"items":[{"id":"3b9d6f0a-5c21-4e8f-8a7d-1c2e3f4a5b6c","type":"villa","transaction":"rent",
                  "price":350000,"currency":"AED","community":"Palm Jumeirah","bedrooms":4,"sizeSqft":null,
                  "titles":{"en":"Frond villa","ru":"Вилла на Пальме"},"descriptions":{},
                  "photoUrls":["/internal/listings/3b9d6f0a-5c21-4e8f-8a7d-1c2e3f4a5b6c/photos/0"],
                  "updatedAt":"2026-03-14T09:26:53Z"}],
                 "version":"v7"}""";

        ListingCatalog catalog = JSON.readValue(json, ListingCatalog.class);

        assertThat(catalog.version()).isEqualTo("v7");
        ListingDocument listing = catalog.items().getFirst();
        assertThat(listing.type()).isEqualTo(PropertyType.VILLA);
        assertThat(listing.transaction()).isEqualTo(Transaction.RENT);
        assertThat(listing.titles()).containsEntry("ru", "Вилла на Пальме");
        assertThat(listing.photoUrls()).containsExactly(ListingDocument.photoPath(listing.id(), 0));
    }
}
