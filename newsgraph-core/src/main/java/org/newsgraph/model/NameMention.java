package org.newsgraph.model;

/** A name found by named-entity recognition, before mentions are grouped into entities. */
public record NameMention(Span span, String text, EntityType type, int sentence) {}
