package org.newsgraph.app.corpus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one run of a {@link CorpusPipeline} did: each step's report, and how long each step took,
 * in the order the steps ran.
 */
public record CorpusRun(List<Object> reports, List<Timed> times) {

    public CorpusRun {
        reports = List.copyOf(reports);
        times = List.copyOf(times);
    }

    /** The report of the step that reports a {@code type}: each step of a recipe reports its own kind. */
    public <R> R report(Class<R> type) {
        return reports.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step of this run reports a " + type.getSimpleName()));
    }

    /** The report of the step that reports a {@code type}, if one of this run did. */
    public <R> Optional<R> find(Class<R> type) {
        return reports.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** How long the step of this name took. */
    public record Timed(String step, Duration elapsed) {}
}
