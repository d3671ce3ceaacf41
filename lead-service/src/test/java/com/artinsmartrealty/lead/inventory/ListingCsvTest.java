package com.artinsmartrealty.lead.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingCsvTest {

    @Test
    void aRowBecomesAListingWithItsTextsPhotosAndFigures() {
        List<ListingCsv.Row> rows = ListingCsv.read(new StringReader("""
                \uFEFFReference,Type,Transaction,Price,Currency,Bedrooms,Community,Title_EN,Title_FA,Photos,\
                Expected_Annual_Rent,Annual_Service_Charges,Handover_Date,Residency_Eligible,Ignored
                PJ-7,Villa,BUY,"12,500,000",aed,5,Palm Jumeirah,Frond villa,ویلای پالم,\
                https://img.example/1.jpg | https://img.example/2.jpg,650000,60000,2027-03-31,yes,whatever
                """));

        assertThat(rows).hasSize(1);
        ListingCsv.Row row = rows.getFirst();
        assertThat(row.problems()).isEmpty();
        Listing listing = row.draft().toListing(java.util.UUID.randomUUID());
        assertThat(listing.type()).isEqualTo(PropertyType.VILLA);
        assertThat(listing.transaction()).isEqualTo(Transaction.BUY);
        assertThat(listing.price()).isEqualTo(12_500_000);
        assertThat(listing.currency()).isEqualTo("AED");
        assertThat(listing.titles()).containsEntry("fa", "ویلای پالم");
        assertThat(listing.photos()).containsExactly("https://img.example/1.jpg", "https://img.example/2.jpg");
        assertThat(listing.handoverDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(listing.residencyEligible()).isTrue();
        assertThat(listing.active()).isTrue();
    }

    @Test
    void everyProblemOfARowIsNamedWithItsLine() {
        List<ListingCsv.Row> rows = ListingCsv.read(new StringReader("""
                reference,type,transaction,price,currency,community,title_en,handover_date,residency_eligible
                A-1,castle,buy,100,AED,Marina,Castle,,
                A-2,apartment,buy,-3,XYZ,,,31/12/2027,maybe
                A-3,apartment,rent,90000,AED,JVC,Fine,,
                a-3,apartment,rent,90000,AED,JVC,Same reference,,
                """));

        assertThat(rows).extracting(ListingCsv.Row::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(rows.get(0).problems()).anySatisfy(p -> assertThat(p).startsWith("type 'castle' is not one of"));
        assertThat(rows.get(1).problems()).contains("price must be a positive whole number",
                "currency must be an ISO 4217 code such as AED", "community is required",
                "an English title is required", "handover_date '31/12/2027' is not a date (YYYY-MM-DD)",
                "residency_eligible 'maybe' is not true or false");
        assertThat(rows.get(2).valid()).isTrue();
        assertThat(rows.get(3).problems()).containsExactly("reference a-3 appears more than once in the file");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWhole() {
        assertThatThrownBy(() -> ListingCsv.read(new StringReader("reference,price\nX,1\n")))
                .isInstanceOf(ListingCsv.CsvFileException.class)
                .hasMessage("missing columns: type, transaction, currency, community, title_en");
    }
}
