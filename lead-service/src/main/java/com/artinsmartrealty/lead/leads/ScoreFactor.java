package com.artinsmartrealty.lead.leads;

/**
 * One part of a lead's score.
 *
 * @param name   {@code completeness}, {@code budgetFit}, {@code phone}, {@code engagement} or {@code recency}
 * @param points what the lead earned
 * @param max    what the factor can give
 * @param detail why, in a few words (no personal data)
 */
public record ScoreFactor(String name, int points, int max, String detail) {
}
