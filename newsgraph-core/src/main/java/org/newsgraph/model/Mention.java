package org.newsgraph.model;

/** One place in an article's text where an entity is named. */
public record Mention(Span span, String text) {}
