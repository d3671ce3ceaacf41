package com.artinsmartrealty.lead.matching;

import com.artinsmartrealty.lead.LeadProperties;
import com.artinsmartrealty.lead.inventory.ListingStore;
import com.artinsmartrealty.lead.leads.Profile;
import com.artinsmartrealty.lead.settings.LeadSettings;
import com.artinsmartrealty.lead.settings.SettingsStore;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Matches a profile against a tenant's inventory with the tenant's appreciation assumption. */
@Component
public class Matching {

    private final TenantTransactions tenants;
    private final ListingStore listings;
    private final SettingsStore settings;
    private final LeadProperties properties;

    Matching(TenantTransactions tenants, ListingStore listings, SettingsStore settings, LeadProperties properties) {
        this.tenants = tenants;
        this.listings = listings;
        this.settings = settings;
        this.properties = properties;
    }

    /** The tenant's settings and the matches for {@code profile}. */
    public Mono<Matched> match(UUID tenantId, Profile profile, int limit) {
        return tenants.inTenant(tenantId, settings.get()
                .flatMap(tenantSettings -> listings.offered(profile.currency()).collectList()
                        .map(inventory -> new Matched(tenantSettings,
                                new Matcher(properties.budgetTolerancePct(), tenantSettings.appreciationPct())
                                        .match(profile, inventory, limit)))));
    }

    /** Matches with the settings they were made under. */
    public record Matched(LeadSettings settings, MatchResult result) {
    }
}
