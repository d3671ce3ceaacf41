package com.artinsmartrealty.lead.settings;

import com.artinsmartrealty.lead.agents.AssignmentStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's lead settings.
 *
 * @param appreciationPct the yearly appreciation the tenant's ROI projections assume, in per cent
 * @param agencyName      and the other agency fields: the contact printed on reports
 */
public record LeadSettings(AssignmentStrategy assignmentStrategy, BigDecimal appreciationPct, String agencyName,
                           String agencyPhone, String agencyEmail, String agencyWebsite) {

    /** What is wrong with these settings; empty when they are valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (assignmentStrategy == null) {
            problems.add("assignmentStrategy must be roundRobin or leastLoaded");
        }
        if (appreciationPct == null || appreciationPct.compareTo(new BigDecimal("-20")) < 0
                || appreciationPct.compareTo(new BigDecimal("30")) > 0) {
            problems.add("appreciationPct must be between -20 and 30");
        }
        for (String text : new String[] {agencyName, agencyPhone, agencyEmail, agencyWebsite}) {
            if (text != null && text.length() > 200) {
                problems.add("agency fields are at most 200 characters");
                break;
            }
        }
        return problems;
    }
}
