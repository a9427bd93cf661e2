/**
 * The analyze use case: inputs to stored articles, one transaction each, with progress.
 * Needs an input scanner and reader, a checked pipeline and an article store. Does not decide
 * how progress is shown or how the result is exported.
 */
package org.newsgraph.app.analyze;
