package org.newsgraph.model;

/** One token with its linguistic tags; {@code ner} is "O" outside names and numbers. */
public record Token(Span span, String text, String pos, String lemma, String ner) {}
