package org.newsgraph.cluster;

/**
 * How articles are clustered into events.
 *
 * @param threshold         the least score (text similarity with the event adjustments) at which an
 *                          article joins a cluster
 * @param candidates        how many candidate clusters the index gives for one article
 * @param queryKeys         how many of an article's strongest terms are looked up in the index
 * @param clusterKeys       how many of a cluster's strongest terms it is indexed under
 * @param profileTerms      how many terms a cluster profile keeps
 * @param entityWeight      how much an entity counts against a word, per mention
 * @param titleWeight       how many times a title word counts
 * @param eventDays         how many days apart two events' own dates may be and still be one event
 * @param reportDays        how many days apart publication days (or a report and an event day) may be
 *                          and still be one event
 * @param placeConflict     taken off when the events are in two places that cannot be one (an
 *                          infinite value rules the cluster out)
 * @param sceneConflict     taken off instead when one of the two places is only a scene (the first
 *                          city of an article's lead, {@link org.newsgraph.model.EventPlace#stated})
 * @param leadChars         how far into the text the scene of an article is looked for
 * @param dayMalus          taken off per day beyond {@code dayTolerance} between the events' own days
 * @param dayTolerance      how many days apart two events' own dates may be at no cost
 * @param placeBonus        added when both events are in one place
 * @param dayBonus          added when both events are on one day
 * @param participantBonus  added when the events share a participant
 * @param participantMalus  taken off when both events name participants and share none
 * @param typeBonus         added when the events are of one type, taken off when of two
 */
public record ClusterConfig(double threshold, int candidates, int queryKeys, int clusterKeys, int profileTerms,
        double entityWeight, int titleWeight, int eventDays, int reportDays, double placeBonus, double dayBonus,
        double participantBonus, double participantMalus, double typeBonus, double placeConflict,
        double sceneConflict, int leadChars, double dayMalus, int dayTolerance) {

    public static ClusterConfig defaults() {
        // Tuned on ECB+ and the seeds (docs/clusters.md): with the event extraction as noisy as it
        // is, a type mismatch or participants not shared cost more true joins than false ones they
        // prevent, so they count for nothing; days are forgiven up to 3 apart, then cost 0.01 a day.
        // A scene is a guess, so two scenes apart cost 0.05 where two stated places rule a cluster out.
        return new ClusterConfig(0.3, 20, 15, 30, 200, 1.5, 2, 30, 120, 0.1, 0.1, 0.1, 0.0, 0.0,
                Double.POSITIVE_INFINITY, 0.05, 300, 0.01, 3);
    }

    /** The same configuration with these event adjustments. */
    public ClusterConfig withAdjustments(double newParticipantMalus, double newTypeBonus, double newDayMalus) {
        return new ClusterConfig(threshold, candidates, queryKeys, clusterKeys, profileTerms, entityWeight,
                titleWeight, eventDays, reportDays, placeBonus, dayBonus, participantBonus, newParticipantMalus,
                newTypeBonus, placeConflict, sceneConflict, leadChars, newDayMalus, dayTolerance);
    }

    public ClusterConfig withThreshold(double newThreshold) {
        return new ClusterConfig(newThreshold, candidates, queryKeys, clusterKeys, profileTerms, entityWeight,
                titleWeight, eventDays, reportDays, placeBonus, dayBonus, participantBonus, participantMalus, typeBonus,
                placeConflict, sceneConflict, leadChars, dayMalus, dayTolerance);
    }
}
