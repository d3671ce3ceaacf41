package com.artinsmartrealty.analytics.report;

import java.util.List;

/**
 * The conversation funnel of leads that started in a period: how many reached each stage, overall
 * and per channel, with the rates the alerts watch.
 *
 * @param stages   started, qualified, phoneCaptured, viewingBooked, completed (in this order)
 * @param dropOff  conversations of the period that have not completed, by the state they are in
 * @param languages leads by their conversation language
 */
public record Funnel(Period period, String channel, List<Stage> stages, Rates rates, List<ChannelFunnel> byChannel,
                     List<StateCount> dropOff, List<LanguageCount> languages, List<Day> daily) {

    public record Stage(String stage, long leads) {
    }

    public record ChannelFunnel(String channel, List<Stage> stages, Rates rates) {
    }

    public record StateCount(String state, long conversations) {
    }

    public record LanguageCount(String language, long leads) {
    }

    public record Day(String day, long started, long qualified, long phoneCaptured, long viewingBooked,
                      long completed) {
    }

    /**
     * Ratios of started leads, null when none started.
     *
     * @param conversationCompletionRate leads whose conversation reached COMPLETED
     * @param leadQualificationRate      leads that gave a phone number (the whitepaper's definition)
     * @param slotsQualifiedRate         leads whose required slots are all filled
     */
    public record Rates(Double conversationCompletionRate, Double leadQualificationRate, Double slotsQualifiedRate) {
    }

    /** Counts of one group of leads. */
    public record Counts(long started, long qualified, long phoneCaptured, long viewingBooked, long completed) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(started + other.started, qualified + other.qualified,
                    phoneCaptured + other.phoneCaptured, viewingBooked + other.viewingBooked,
                    completed + other.completed);
        }

        List<Stage> stages() {
            return List.of(new Stage("started", started), new Stage("qualified", qualified),
                    new Stage("phoneCaptured", phoneCaptured), new Stage("viewingBooked", viewingBooked),
                    new Stage("completed", completed));
        }

        Rates rates() {
            return new Rates(ratio(completed), ratio(phoneCaptured), ratio(qualified));
        }

        private Double ratio(long part) {
            return started == 0 ? null : (double) part / started;
        }
    }
}
