package com.artinsmartrealty.lead.report;

import com.artinsmartrealty.lead.leads.Profile;
import com.artinsmartrealty.lead.matching.MatchResult;
import com.artinsmartrealty.lead.settings.LeadSettings;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything a lead's report shows.
 *
 * @param leadName may be null: the report then says only when it was prepared
 */
public record ReportData(String language, String leadName, Profile profile, MatchResult matches,
                         LeadSettings agency, BigDecimal appreciationPct, Instant preparedAt, String timeZone) {
}
