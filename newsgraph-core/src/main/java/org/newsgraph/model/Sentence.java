package org.newsgraph.model;

import java.util.List;

/** One sentence: its span and tokens, in text order. */
public record Sentence(int index, Span span, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
