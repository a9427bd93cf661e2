/**
 * The analyze use case: inputs to stored articles, one transaction each, with progress, then the
 * store's corpus model brought up to date once for the run (StoreAnalyzer). Needs an input scanner
 * and reader, a checked pipeline, the corpus recipe and an article store. Does not decide how
 * progress is shown or how the result is exported.
 */
package org.newsgraph.app.analyze;
