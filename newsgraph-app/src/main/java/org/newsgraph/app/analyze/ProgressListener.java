package org.newsgraph.app.analyze;

/** Hears how a run goes, to show progress. Called from the thread that runs the analysis. */
public interface ProgressListener {

    /** The run found this many input files to read. */
    void started(int files);

    /** One article (or rejected input) is done; {@code detail} is the reason for REJECTED and FAILED. */
    void article(String input, Outcome outcome, String detail);

    /** One more input file has been read to its end. */
    void fileDone(int done, int total);

    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void started(int files) {}

        @Override
        public void article(String input, Outcome outcome, String detail) {}

        @Override
        public void fileDone(int done, int total) {}
    };
}
