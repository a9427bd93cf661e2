package org.newsgraph.app.corpus;

import java.util.Set;

/**
 * One step of bringing the store's corpus model up to date with its articles. A step reads the
 * parts it {@link #reads()} from the store, brings the parts it {@link #writes()} up to date there
 * through the store's ports, in transactions of its own (so a run stopped after it keeps its work,
 * and a run stopped inside it leaves whole transactions that the next run finishes), and reports
 * what it did. What it stored before of the parts it writes (ids to keep, digests to compare) is
 * its own, not among what it reads. It takes its store and its collaborators in its constructor.
 *
 * @param <R> what the step reports
 */
public interface CorpusStep<R> {

    Set<CorpusPart> reads();

    Set<CorpusPart> writes();

    /** Brings what it writes up to date with what it reads, and says what it did. */
    R update();

    /**
     * Notes what stands before any step of a run writes (the pipeline calls it on every step
     * first): a step that takes the changes of the steps before it from their reports must know
     * that what it wrote before accounted for everything up to the start of the run.
     */
    default void begin() {}

    /**
     * As {@link #update()}, told what the steps before it in this run reported ({@code before}):
     * a step may take their changes instead of looking for them in everything it reads.
     */
    default R update(CorpusRun before) {
        return update();
    }

    default String name() {
        return getClass().getSimpleName();
    }
}
