/**
 * The per-article pipeline: stages with typed contracts (what each requires and provides),
 * assembled into a recipe that is checked when built, the immutable document they pass on, and
 * the one reader of the data files (rules, lexicons, gazetteers) stages keep beside their code.
 * Corpus-level work (stores, cross-article resolution) is not here: it takes its state through
 * ports.
 */
package org.newsgraph.pipeline;
