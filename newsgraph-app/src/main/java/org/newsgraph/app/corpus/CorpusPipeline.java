package org.newsgraph.app.corpus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.pipeline.PipelineContractException;

/**
 * An ordered recipe of corpus steps, checked when it is built, as the per-article
 * {@link org.newsgraph.pipeline.Pipeline} is: each part a step reads must be held current by the
 * store when the run starts or written by a step before it, and each part has one writer, so that
 * it is kept one way.
 */
public final class CorpusPipeline {

    private final List<CorpusStep<?>> steps;

    private CorpusPipeline(List<CorpusStep<?>> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * Starts a recipe over a store that holds these parts current: its steps may read them as they
     * are (analyze's corpus recipe starts from the articles it has just stored).
     */
    public static Builder from(CorpusPart first, CorpusPart... more) {
        return new Builder(EnumSet.of(first, more));
    }

    /** Runs every step once, in order, timing each; each is told what the ones before it reported. */
    public CorpusRun run() {
        steps.forEach(CorpusStep::begin);
        List<Object> reports = new ArrayList<>();
        List<CorpusRun.Timed> times = new ArrayList<>();
        for (CorpusStep<?> step : steps) {
            long start = System.nanoTime();
            reports.add(step.update(new CorpusRun(reports, times)));
            times.add(new CorpusRun.Timed(step.name(), Duration.ofNanos(System.nanoTime() - start)));
        }
        return new CorpusRun(reports, times);
    }

    public List<CorpusStep<?>> steps() {
        return steps;
    }

    /** Adds steps in order; {@link #build} rejects a recipe that breaks a step's contract. */
    public static final class Builder {

        private final Set<CorpusPart> stored;
        private final List<CorpusStep<?>> steps = new ArrayList<>();

        private Builder(Set<CorpusPart> stored) {
            this.stored = Set.copyOf(stored);
        }

        public Builder then(CorpusStep<?> step) {
            steps.add(step);
            return this;
        }

        /** The recipe, or a {@link PipelineContractException} naming the step and the part at fault. */
        public CorpusPipeline build() {
            checkOneWriterEach();
            EnumSet<CorpusPart> available = EnumSet.copyOf(stored);
            for (int i = 0; i < steps.size(); i++) {
                CorpusStep<?> step = steps.get(i);
                EnumSet<CorpusPart> missing = EnumSet.noneOf(CorpusPart.class);
                missing.addAll(step.reads());
                missing.removeAll(available);
                if (!missing.isEmpty()) {
                    throw new PipelineContractException("corpus step " + step.name() + " reads " + missing
                            + " but neither the store nor a step before it provides that (available: " + available + ")"
                            + laterWriters(missing, i));
                }
                available.addAll(step.writes());
            }
            return new CorpusPipeline(steps);
        }

        private void checkOneWriterEach() {
            Map<CorpusPart, CorpusStep<?>> writers = new EnumMap<>(CorpusPart.class);
            for (CorpusStep<?> step : steps) {
                for (CorpusPart part : step.writes()) {
                    CorpusStep<?> other = writers.putIfAbsent(part, step);
                    if (other != null) {
                        throw new PipelineContractException("corpus steps " + other.name() + " and " + step.name()
                                + " both write " + part + ": a part has one writer, which keeps it one way");
                    }
                }
            }
        }

        /** Names the steps after the one at {@code index} that write what it lacks: the recipe is misordered. */
        private String laterWriters(Set<CorpusPart> missing, int index) {
            String later = steps.subList(index + 1, steps.size()).stream()
                    .filter(s -> s.writes().stream().anyMatch(missing::contains)).map(CorpusStep::name)
                    .collect(Collectors.joining(", "));
            return later.isEmpty() ? "" : "; it comes before " + later + ", which writes that: the steps are out of order";
        }
    }
}
