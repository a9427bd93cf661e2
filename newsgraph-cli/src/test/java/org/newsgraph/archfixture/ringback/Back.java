package org.newsgraph.archfixture.ringback;

import org.newsgraph.archfixture.ring.Forth;

/** The other half of the package cycle of {@link Forth}. */
public final class Back {

    public Forth forth() {
        return new Forth();
    }
}
