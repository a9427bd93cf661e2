package org.newsgraph.lexicon;

import java.util.Set;

/**
 * A generic noun's reading as an office ("leader", "head of state"): the offices it may stand
 * for, lower case, and whether it needs a modifier to say whose ("the French leader").
 */
public record OfficeStandIn(boolean needsModifier, Set<String> offices) {

    public OfficeStandIn {
        offices = Set.copyOf(offices);
    }
}
