package org.newsgraph.app.corpus;

import java.util.List;

/** What one run of a {@link CorpusPipeline} did: each step's report, in the order the steps ran. */
public record CorpusRun(List<Object> reports) {

    public CorpusRun {
        reports = List.copyOf(reports);
    }

    /** The report of the step that reports a {@code type}: each step of a recipe reports its own kind. */
    public <R> R report(Class<R> type) {
        return reports.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step of this run reports a " + type.getSimpleName()));
    }
}
