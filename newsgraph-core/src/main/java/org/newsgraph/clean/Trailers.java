package org.newsgraph.clean;

/**
 * Closing lines that point to the outlet ("Read the latest news on The Daily Courier."). Only
 * the last few lines kept are read: the same words inside a story are a sentence of it.
 */
final class Trailers implements LineRule {

    private final OutletNames outlets;
    private final int lastLines;

    Trailers(OutletNames outlets, int lastLines) {
        this.outlets = outlets;
        this.lastLines = lastLines;
    }

    @Override
    public void mark(PageText page, Marks marks) {
        int seen = 0;
        for (int i = page.size() - 1; i >= 0 && seen < lastLines; i--) {
            if (marks.kept(i)) {
                seen++;
                if (outlets.fromTrailer(page.line(i).text()).isPresent()) {
                    marks.mark(i, Reason.TRAILER);
                }
            }
        }
    }
}
