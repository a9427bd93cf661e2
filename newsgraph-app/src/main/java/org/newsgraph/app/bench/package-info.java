/**
 * The benchmark of analyze against plain CoreNLP with the same annotators on the same texts,
 * in one process, so the ratio of the two is what the engine's own overhead costs.
 * Needs a folder of articles; provides a report. Does not time anything in tests.
 */
package org.newsgraph.app.bench;
