package org.newsgraph.archfixture.ring;

import org.newsgraph.archfixture.ringback.Back;

/** Half of a package cycle that the architecture rules must refuse (ArchitectureRulesTest). */
public final class Forth {

    public Back back() {
        return new Back();
    }
}
