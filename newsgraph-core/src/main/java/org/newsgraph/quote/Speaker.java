package org.newsgraph.quote;

import org.newsgraph.model.Span;

/**
 * Who a cue gives as speaker: the words naming them and, when those words stand for an entity
 * of the article, its index (-1 otherwise).
 */
public record Speaker(int entity, Span span, String text) {}
