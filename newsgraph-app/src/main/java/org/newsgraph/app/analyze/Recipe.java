package org.newsgraph.app.analyze;

import org.newsgraph.pipeline.Pipeline;

/**
 * The per-article pipeline in two halves: {@code text} makes the cleaned text every article
 * gets, {@code analysis} continues it for articles that are not copies of one analysed before.
 */
public record Recipe(Pipeline text, Pipeline analysis) {}
