package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsgraph.app.analyze.Outcome;
import org.newsgraph.app.analyze.ProgressListener;

/**
 * Shows a run's progress on standard error: a bar redrawn in place on a terminal, plain lines
 * (one an article) when the output goes to a file or a pipe. Rejections and failures are
 * always printed in full.
 */
final class TerminalProgress implements ProgressListener {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private int files;
    private int filesDone;
    private int articles;
    private int rejected;
    private boolean barShown;

    TerminalProgress(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    /** A bar when standard error is a terminal, lines otherwise. */
    static TerminalProgress forStderr(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public void started(int fileCount) {
        files = fileCount;
        line("reading " + fileCount + (fileCount == 1 ? " file" : " files"));
    }

    @Override
    public void article(String input, Outcome outcome, String detail) {
        if (outcome == Outcome.REJECTED) {
            rejected++;
        } else {
            articles++;
        }
        String label = outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (outcome == Outcome.REJECTED || outcome == Outcome.FAILED) {
            line(label + ": " + input + ": " + detail);
        } else if (!interactive) {
            line(label + ": " + input + (detail == null ? "" : " (" + detail + ")"));
        }
        redraw();
    }

    @Override
    public void fileDone(int done, int total) {
        filesDone = done;
        redraw();
    }

    /** The search index is being made: {@code done} of {@code total} documents added. */
    void indexed(int done, int total) {
        if (!interactive) {
            if (done == total) {
                line("indexed " + total + " documents for search");
            }
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "\r[%s%s] indexing %d/%d documents, %.0f s", "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), done, total, seconds);
        err.flush();
        barShown = true;
    }

    /** A message between progress updates, such as a slow step starting. */
    void note(String message) {
        line(message);
        redraw();
    }

    /** Clears the bar so that the summary starts on a clean line. */
    void finish() {
        if (barShown) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 60) + "\r");
            err.flush();
            barShown = false;
        }
    }

    private void line(String text) {
        finish();
        err.println(text);
        err.flush();
    }

    private void redraw() {
        if (!interactive || files == 0) {
            return;
        }
        int filled = BAR_WIDTH * filesDone / files;
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d files, %d articles, %d rejected, %.0f s", "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), filesDone, files, articles, rejected, seconds);
        err.flush();
        barShown = true;
    }
}
