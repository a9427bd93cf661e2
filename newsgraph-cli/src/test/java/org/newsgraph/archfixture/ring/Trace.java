package org.newsgraph.archfixture.ring;

/** Prints a stack trace to a stream and halts: what the architecture rules must refuse outside the CLI. */
public final class Trace {

    public void fail(RuntimeException e) {
        e.printStackTrace(System.err);
        Runtime.getRuntime().halt(3);
    }
}
