package org.newsgraph.eval.events;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.ProgressListener;

/**
 * How long an analyze run took: in all, until its first article was done (which loads the NLP
 * models), and per article after the first.
 *
 * @param total    from the start of the run to its end, corpus entities included
 * @param first    from the start to the first article done
 * @param articles how many articles were done
 */
public record RunTiming(Duration total, Duration first, int articles) {

    /** The mean time of the articles after the first, which no model loading slows. */
    public Duration perArticleAfterFirst() {
        return articles <= 1 ? Duration.ZERO : total.minus(first).dividedBy(articles - 1);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d articles in %.1f s (first done after %.1f s, with model loading; then "
                + "%.3f s per article)", articles, total.toMillis() / 1e3, first.toMillis() / 1e3,
                perArticleAfterFirst().toMillis() / 1e3);
    }

    /**
     * Times one run from its creation to {@link #timing()}, and tells {@code progress} every
     * {@code every} articles, so a long run shows it is alive.
     */
    public static final class Listener implements ProgressListener {
        private final long start = System.nanoTime();
        private final int every;
        private final Consumer<String> progress;
        private long first = -1;
        private int articles;

        public Listener(int every, Consumer<String> progress) {
            this.every = every;
            this.progress = progress;
        }

        @Override
        public void started(int files) {
            progress.accept("analysing " + files + " files");
        }

        @Override
        public void article(String input, Outcome outcome, String detail) {
            if (first < 0) {
                first = System.nanoTime();
            }
            articles++;
            if (articles % every == 0) {
                progress.accept(String.format(Locale.ROOT, "%d articles done, %.0f s", articles,
                        (System.nanoTime() - start) / 1e9));
            }
        }

        @Override
        public void fileDone(int done, int total) {}

        /** The run so far, ending now. */
        public RunTiming timing() {
            long now = System.nanoTime();
            return new RunTiming(Duration.ofNanos(now - start), Duration.ofNanos((first < 0 ? now : first) - start),
                    articles);
        }
    }
}
