/**
 * The per-article pipeline: stages with typed contracts (what each requires and provides),
 * assembled into a recipe that is checked when built, and the immutable document they pass on.
 * Corpus-level work (stores, cross-article resolution) is not here: it takes its state through
 * ports.
 */
package org.newsgraph.pipeline;
