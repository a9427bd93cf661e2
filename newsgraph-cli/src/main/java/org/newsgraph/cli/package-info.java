/**
 * The command line: picocli commands over the use cases of newsgraph-app, progress on
 * standard error, results on standard output. The only place that maps exceptions to exit
 * codes; holds no analysis logic.
 */
package org.newsgraph.cli;
