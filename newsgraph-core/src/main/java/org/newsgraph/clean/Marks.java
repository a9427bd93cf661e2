package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Removed;

/**
 * Why each line of one page is left out, if it is: the working state of one cleaning, never
 * shared. The first rule to mark a line gives the reason.
 */
final class Marks {

    private final PageText page;
    private final Reason[] reasons;

    Marks(PageText page) {
        this.page = page;
        this.reasons = new Reason[page.size()];
    }

    void mark(int line, Reason reason) {
        if (reasons[line] == null) {
            reasons[line] = reason;
        }
    }

    boolean kept(int line) {
        return reasons[line] == null;
    }

    /** The lines left out, in text order, with their reasons. */
    List<Removed> removed() {
        List<Removed> removed = new ArrayList<>();
        for (int i = 0; i < reasons.length; i++) {
            if (reasons[i] != null) {
                removed.add(new Removed(page.line(i).text(), reasons[i].label()));
            }
        }
        return removed;
    }
}
