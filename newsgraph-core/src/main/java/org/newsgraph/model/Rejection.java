package org.newsgraph.model;

import java.util.Objects;

/**
 * An input that could not be read as an article, with a reason a person can act on.
 *
 * @param input the file (and, for a JSONL line, {@code file:line}) as the user named it
 */
public record Rejection(String input, String reason) {

    public Rejection {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
