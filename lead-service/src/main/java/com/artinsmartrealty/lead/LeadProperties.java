package com.artinsmartrealty.lead;

import com.artinsmartrealty.lead.agents.AssignmentStrategy;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * lead-service's settings. Per-tenant settings (assignment, appreciation, agency contact) live in the
 * database; these are their defaults for a tenant that has not set them.
 *
 * @param defaultAssignment     how a tenant without settings assigns qualified leads
 * @param defaultAppreciationPct the yearly appreciation a tenant without settings assumes
 * @param budgetTolerancePct    how far outside a lead's budget a listing still counts as within it
 * @param exportPageSize        rows read per query while streaming an export
 * @param outboxSweepInterval   how often events that could not be published at once are retried
 * @param reportTimeZone        the time zone report dates are written in
 * @param processedEventRetention how long applied event ids are remembered against redelivery
 */
@ConfigurationProperties("lead")
public record LeadProperties(AssignmentStrategy defaultAssignment, BigDecimal defaultAppreciationPct,
                             BigDecimal budgetTolerancePct, int exportPageSize, Duration outboxSweepInterval,
                             String reportTimeZone, Duration processedEventRetention) {

    public LeadProperties {
        defaultAssignment = defaultAssignment == null ? AssignmentStrategy.ROUND_ROBIN : defaultAssignment;
        defaultAppreciationPct = defaultAppreciationPct == null ? new BigDecimal("5.00") : defaultAppreciationPct;
        budgetTolerancePct = budgetTolerancePct == null ? new BigDecimal("10") : budgetTolerancePct;
        exportPageSize = exportPageSize <= 0 ? 1_000 : exportPageSize;
        outboxSweepInterval = outboxSweepInterval == null ? Duration.ofSeconds(10) : outboxSweepInterval;
        reportTimeZone = reportTimeZone == null ? "Asia/Dubai" : reportTimeZone;
        processedEventRetention = processedEventRetention == null ? Duration.ofDays(30) : processedEventRetention;
    }
}
