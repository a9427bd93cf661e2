package org.newsgraph.app.analyze;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.app.search.SearchChanges;

/**
 * Counts of one analyze run.
 *
 * @param entities       the entities found in the articles this run analysed, each article's
 *                       own: a person named in three articles counts three times
 * @param corpusEntities the entities of the whole store after the run, linked across articles
 * @param mergedEntities how many corpus entities this run found to be one with an older one
 * @param clusters       how many event clusters the store holds after the run
 * @param searchChanges  what the run changed that the search index shows
 */
public record RunSummary(Map<Outcome, Integer> outcomes, int entities, int timexes, long tokens, Duration elapsed,
        int corpusEntities, int mergedEntities, int clusters, SearchChanges searchChanges) {

    public RunSummary {
        outcomes = Map.copyOf(outcomes);
    }

    public RunSummary(Map<Outcome, Integer> outcomes, int entities, int timexes, long tokens, Duration elapsed,
            int corpusEntities, int mergedEntities, int clusters) {
        this(outcomes, entities, timexes, tokens, elapsed, corpusEntities, mergedEntities, clusters,
                SearchChanges.UNKNOWN);
    }

    /** This summary with what the run changed that the search index shows. */
    public RunSummary withSearchChanges(SearchChanges changes) {
        return new RunSummary(outcomes, entities, timexes, tokens, elapsed, corpusEntities, mergedEntities, clusters,
                changes);
    }

    /** This summary with the store's corpus entities after the run, and the time updating them took. */
    public RunSummary withCorpusEntities(int count, int merged, Duration updating) {
        return new RunSummary(outcomes, entities, timexes, tokens, elapsed.plus(updating), count, merged, clusters,
                searchChanges);
    }

    /** This summary with the number of event clusters in the store after the run. */
    public RunSummary withClusters(int count) {
        return new RunSummary(outcomes, entities, timexes, tokens, elapsed, corpusEntities, mergedEntities, count,
                searchChanges);
    }

    public int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    /** Articles that went through the work of this run: analysed, copied or failed. */
    public int processed() {
        return count(Outcome.OK) + count(Outcome.DUPLICATE) + count(Outcome.FAILED);
    }

    public double articlesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : processed() / seconds;
    }

    /** A mutable tally, kept by one run. */
    static final class Tally {
        private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        private int entities;
        private int timexes;
        private long tokens;

        void add(Outcome outcome) {
            outcomes.merge(outcome, 1, Integer::sum);
        }

        void analysed(int entityCount, int timexCount, long tokenCount) {
            entities += entityCount;
            timexes += timexCount;
            tokens += tokenCount;
        }

        RunSummary finish(Duration elapsed) {
            return new RunSummary(outcomes, entities, timexes, tokens, elapsed, 0, 0, 0);
        }
    }
}
