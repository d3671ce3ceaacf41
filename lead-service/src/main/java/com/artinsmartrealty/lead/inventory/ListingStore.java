package com.artinsmartrealty.lead.inventory;

import static com.artinsmartrealty.lead.db.SqlBinds.bind;

import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tenant's listings. Every method runs in the caller's tenant transaction. */
@Component
public class ListingStore {

    private static final String COLUMNS = """
            id, reference, type, transaction, price, currency, bedrooms, size_sqft, community, titles, descriptions,
            photos, expected_annual_rent, annual_service_charges, handover_date, residency_eligible, active""";
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> URLS = new TypeReference<>() { };

    private final DatabaseClient database;
    private final JsonMapper json;
    private final Clock clock;

    ListingStore(DatabaseClient database, JsonMapper json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    public Mono<Listing> find(UUID id) {
        return database.sql("select " + COLUMNS + " from listings where id = $1").bind(0, id).map(this::listing).one();
    }

    /** A page of listings ordered by reference, after {@code afterReference} when given. */
    public Flux<Listing> page(String afterReference, Transaction transaction, PropertyType type, Boolean active,
                              int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from listings where true");
        List<Object> binds = new ArrayList<>();
        if (afterReference != null) {
            binds.add(afterReference);
            sql.append(" and reference > $").append(binds.size());
        }
        if (transaction != null) {
            binds.add(transaction.name());
            sql.append(" and transaction = $").append(binds.size());
        }
        if (type != null) {
            binds.add(type.name());
            sql.append(" and type = $").append(binds.size());
        }
        if (active != null) {
            binds.add(active);
            sql.append(" and active = $").append(binds.size());
        }
        binds.add(limit);
        sql.append(" order by reference limit $").append(binds.size());
        return com.artinsmartrealty.lead.db.SqlBinds.bindAll(database.sql(sql.toString()), binds)
                .map(this::listing).all();
    }

    /** Active listings a match may offer, in {@code currency} when given. */
    public Flux<Listing> offered(String currency) {
        String sql = "select " + COLUMNS + " from listings where active"
                + (currency == null ? "" : " and currency = $1");
        var spec = database.sql(sql);
        if (currency != null) {
            spec = spec.bind(0, currency.toUpperCase(java.util.Locale.ROOT));
        }
        return spec.map(this::listing).all();
    }

    /**
     * Every active listing as other services read it, by reference: the paths of its stored photos (by
     * index) and, as its change time, the later of its own and its photos' last change.
     */
    public Flux<ListingDocument> catalog() {
        return database.sql("""
                        select id, type, transaction, price, currency, community, bedrooms, size_sqft, titles,
                            descriptions, greatest(updated_at, photos_changed_at) as changed_at,
                            (select count(*) from listing_photos p where p.listing_id = listings.id) as photo_count
                        from listings where active order by reference""")
                .map(row -> {
                    UUID id = row.get("id", UUID.class);
                    long photoCount = row.get("photo_count", Long.class);
                    List<String> photoUrls = new ArrayList<>();
                    for (int index = 0; index < photoCount; index++) {
                        photoUrls.add(ListingDocument.photoPath(id, index));
                    }
                    return new ListingDocument(id, PropertyType.valueOf(row.get("type", String.class)),
                            Transaction.valueOf(row.get("transaction", String.class)), row.get("price", Long.class),
                            row.get("currency", String.class), row.get("community", String.class),
                            row.get("bedrooms", Integer.class), row.get("size_sqft", Integer.class),
                            json.readValue(row.get("titles", Json.class).asString(), TEXTS),
                            json.readValue(row.get("descriptions", Json.class).asString(), TEXTS),
                            photoUrls, row.get("changed_at", OffsetDateTime.class).toInstant());
                })
                .all();
    }

    /** Active listings of a transaction and type (either may be null: any) priced within [low, high]. */
    public Mono<Long> countFitting(Transaction transaction, PropertyType type, String currency, long low, long high) {
        var spec = database.sql("""
                select count(*) as n from listings
                where active and price between $1 and $2
                  and ($3::text is null or transaction = $3)
                  and ($4::text is null or type = $4)
                  and ($5::text is null or currency = $5)""")
                .bind(0, low).bind(1, high);
        spec = bind(spec, 2, transaction == null ? null : transaction.name(), String.class);
        spec = bind(spec, 3, type == null ? null : type.name(), String.class);
        spec = bind(spec, 4, currency, String.class);
        return spec.map(row -> row.get("n", Long.class)).one();
    }

    /** Creates the listing, or replaces the one with the same reference; returns the stored listing. */
    public Mono<Listing> upsertByReference(UUID tenantId, Listing listing) {
        return write("""
                insert into listings (id, tenant_id, reference, type, transaction, price, currency, bedrooms, size_sqft,
                    community, titles, descriptions, photos, expected_annual_rent, annual_service_charges,
                    handover_date, residency_eligible, active, created_at, updated_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)
                on conflict (tenant_id, reference) do update set
                    type = excluded.type, transaction = excluded.transaction, price = excluded.price,
                    currency = excluded.currency, bedrooms = excluded.bedrooms, size_sqft = excluded.size_sqft,
                    community = excluded.community, titles = excluded.titles, descriptions = excluded.descriptions,
                    photos = excluded.photos, expected_annual_rent = excluded.expected_annual_rent,
                    annual_service_charges = excluded.annual_service_charges, handover_date = excluded.handover_date,
                    residency_eligible = excluded.residency_eligible, active = excluded.active,
                    updated_at = excluded.updated_at
                returning""" + " " + COLUMNS, tenantId, listing).one();
    }

    /** Creates the listing; fails with a duplicate-key error when its reference is taken. */
    public Mono<Listing> insert(UUID tenantId, Listing listing) {
        return write("""
                insert into listings (id, tenant_id, reference, type, transaction, price, currency, bedrooms, size_sqft,
                    community, titles, descriptions, photos, expected_annual_rent, annual_service_charges,
                    handover_date, residency_eligible, active, created_at, updated_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)
                returning""" + " " + COLUMNS, tenantId, listing).one();
    }

    /** Replaces listing {@code listing.id()}; empty when there is none. */
    public Mono<Listing> replace(UUID tenantId, Listing listing) {
        return write("""
                update listings set reference = $3, type = $4, transaction = $5, price = $6, currency = $7,
                    bedrooms = $8, size_sqft = $9, community = $10, titles = $11, descriptions = $12, photos = $13,
                    expected_annual_rent = $14, annual_service_charges = $15, handover_date = $16,
                    residency_eligible = $17, active = $18, updated_at = $19
                where id = $1 and tenant_id = $2
                returning""" + " " + COLUMNS, tenantId, listing).one();
    }

    public Mono<Boolean> delete(UUID id) {
        return database.sql("delete from listings where id = $1").bind(0, id).fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    private org.springframework.r2dbc.core.RowsFetchSpec<Listing> write(String sql, UUID tenantId, Listing listing) {
        var spec = database.sql(sql)
                .bind(0, listing.id()).bind(1, tenantId).bind(2, listing.reference()).bind(3, listing.type().name())
                .bind(4, listing.transaction().name()).bind(5, listing.price()).bind(6, listing.currency());
        spec = bind(spec, 7, listing.bedrooms(), Integer.class);
        spec = bind(spec, 8, listing.sizeSqft(), Integer.class);
        spec = spec.bind(9, listing.community())
                .bind(10, Json.of(json.writeValueAsString(listing.titles())))
                .bind(11, Json.of(json.writeValueAsString(listing.descriptions())))
                .bind(12, Json.of(json.writeValueAsString(listing.photos())));
        spec = bind(spec, 13, listing.expectedAnnualRent(), Long.class);
        spec = bind(spec, 14, listing.annualServiceCharges(), Long.class);
        spec = bind(spec, 15, listing.handoverDate(), LocalDate.class);
        spec = spec.bind(16, listing.residencyEligible()).bind(17, listing.active())
                .bind(18, clock.instant().atOffset(ZoneOffset.UTC));
        return spec.map(this::listing);
    }

    Listing listing(Readable row) {
        return new Listing(row.get("id", UUID.class), row.get("reference", String.class),
                PropertyType.valueOf(row.get("type", String.class)),
                Transaction.valueOf(row.get("transaction", String.class)),
                row.get("price", Long.class), row.get("currency", String.class), row.get("bedrooms", Integer.class),
                row.get("size_sqft", Integer.class), row.get("community", String.class),
                json.readValue(row.get("titles", Json.class).asString(), TEXTS),
                json.readValue(row.get("descriptions", Json.class).asString(), TEXTS),
                json.readValue(row.get("photos", Json.class).asString(), URLS),
                row.get("expected_annual_rent", Long.class), row.get("annual_service_charges", Long.class),
                row.get("handover_date", LocalDate.class),
                Boolean.TRUE.equals(row.get("residency_eligible", Boolean.class)),
                Boolean.TRUE.equals(row.get("active", Boolean.class)));
    }
}
