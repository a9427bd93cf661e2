package org.newsgraph.model;

/**
 * A time expression and its TimeML value ({@code 2023-04-20}, {@code 2023-04}, {@code P14M},
 * {@code PRESENT_REF}); {@code value} is null when the expression could not be normalised.
 */
public record Timex(Span span, String text, String type, String value) {}
