package org.newsgraph.model;

/** A piece of the input left out of the analysed text, and why. */
public record Removed(String text, String reason) {}
