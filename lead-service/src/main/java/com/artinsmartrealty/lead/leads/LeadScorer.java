package com.artinsmartrealty.lead.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An explainable score, 0–100, of how promising a lead is:
 * <ul>
 *   <li>completeness (30): the share of the six slots the lead filled;</li>
 *   <li>budget fit (25): how many active listings fit the budget and wishes;</li>
 *   <li>phone (20): a validated phone number was captured;</li>
 *   <li>engagement (15): asked for a viewing (8), finished the conversation (4), sent a voice note (3);</li>
 *   <li>recency (10): the last activity was today (10), this week (6) or this month (3).</li>
 * </ul>
 */
public final class LeadScorer {

    static final int COMPLETENESS = 30;
    static final int BUDGET_FIT = 25;
    static final int PHONE = 20;
    static final int ENGAGEMENT = 15;
    static final int RECENCY = 10;

    private LeadScorer() {
    }

    /**
     * Scores {@code lead} at {@code now}.
     *
     * @param fittingListings active listings that fit the lead's budget and wishes, or -1 when the lead
     *                        has no budget yet
     */
    public static LeadScore score(Lead lead, int fittingListings, Instant now) {
        List<ScoreFactor> factors = List.of(
                completeness(lead.profile()),
                budgetFit(fittingListings),
                phone(lead.contact()),
                engagement(lead.engagement()),
                recency(lead.engagement().lastActivityAt(), now));
        return new LeadScore(factors.stream().mapToInt(ScoreFactor::points).sum(), factors);
    }

    private static ScoreFactor completeness(Profile profile) {
        int filled = profile.filledSlots();
        return new ScoreFactor("completeness", Math.round((float) COMPLETENESS * filled / Profile.SLOTS),
                COMPLETENESS, filled + " of " + Profile.SLOTS + " slots filled");
    }

    private static ScoreFactor budgetFit(int fitting) {
        if (fitting < 0) {
            return new ScoreFactor("budgetFit", 0, BUDGET_FIT, "no budget yet");
        }
        int points = fitting >= 3 ? BUDGET_FIT : fitting >= 1 ? 15 : 0;
        return new ScoreFactor("budgetFit", points, BUDGET_FIT, fitting + " listings fit the budget");
    }

    private static ScoreFactor phone(Contact contact) {
        boolean captured = contact.phone() != null;
        return new ScoreFactor("phone", captured ? PHONE : 0, PHONE, captured ? "phone captured" : "no phone yet");
    }

    private static ScoreFactor engagement(Engagement engagement) {
        int points = 0;
        StringBuilder detail = new StringBuilder();
        if (engagement.appointmentRequestedAt() != null) {
            points += 8;
            detail.append("asked for a viewing; ");
        }
        if (engagement.conversationCompletedAt() != null) {
            points += 4;
            detail.append("finished the conversation; ");
        }
        if (engagement.voiceNotes() > 0) {
            points += 3;
            detail.append("sent voice notes; ");
        }
        String text = detail.isEmpty() ? "text only so far" : detail.substring(0, detail.length() - 2);
        return new ScoreFactor("engagement", points, ENGAGEMENT, text);
    }

    private static ScoreFactor recency(Instant lastActivity, Instant now) {
        Duration since = Duration.between(lastActivity, now);
        if (since.compareTo(Duration.ofDays(1)) <= 0) {
            return new ScoreFactor("recency", RECENCY, RECENCY, "active in the last day");
        }
        if (since.compareTo(Duration.ofDays(7)) <= 0) {
            return new ScoreFactor("recency", 6, RECENCY, "active in the last week");
        }
        if (since.compareTo(Duration.ofDays(30)) <= 0) {
            return new ScoreFactor("recency", 3, RECENCY, "active in the last month");
        }
        return new ScoreFactor("recency", 0, RECENCY, "inactive for over a month");
    }
}
