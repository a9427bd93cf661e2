package org.newsgraph.eval.dedup;

import java.util.Locale;

/**
 * What one benchmark run measured.
 *
 * @param correct detections naming the copy's own original
 * @param first   cost per article over the first {@code window} articles, the store nearly empty
 * @param last    the same over the last {@code window} articles, the store full
 */
record DedupReport(int articles, int copies, int detections, int correct, int window, Cost first, Cost last) {

    /**
     * Mean cost of checking and adding one article.
     *
     * @param ms         wall-clock milliseconds
     * @param cpuMs      milliseconds of this thread's CPU time, steadier on a busy machine
     * @param candidates stored articles whose signatures were compared
     * @param originalCpuMs CPU milliseconds per original alone: checked, then remembered. Copies
     *                      are only checked, and more of them arrive late, so the mean over all
     *                      articles falls towards the end for that reason alone
     */
    record Cost(double ms, double cpuMs, double candidates, double originalCpuMs) {}

    double recall() {
        return copies == 0 ? 1 : (double) correct / copies;
    }

    double precision() {
        return detections == 0 ? 1 : (double) correct / detections;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%d articles, %d copies: recall %.4f, precision %.4f (%d detections, %d correct)%n"
                        + "per article, first %d: %.4f ms (cpu %.4f ms, originals only %.4f ms), %.2f candidates%n"
                        + "per article, last %d:  %.4f ms (cpu %.4f ms, originals only %.4f ms), %.2f candidates%n"
                        + "last / first: %.2f wall, %.2f cpu, %.2f cpu of originals",
                articles, copies, recall(), precision(), detections, correct,
                window, first.ms(), first.cpuMs(), first.originalCpuMs(), first.candidates(),
                window, last.ms(), last.cpuMs(), last.originalCpuMs(), last.candidates(),
                last.ms() / first.ms(), last.cpuMs() / first.cpuMs(), last.originalCpuMs() / first.originalCpuMs());
    }
}
