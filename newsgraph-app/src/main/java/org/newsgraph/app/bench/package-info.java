/**
 * The benchmarks: analyze against plain CoreNLP with the same annotators on the same texts (the
 * engine's own overhead), clustering as the store grows, and the read commands on large stores
 * made of copies of a few analysed articles. Needs a folder of articles and what it measures,
 * handed in (Benches); provides reports. Does not time anything in tests.
 */
package org.newsgraph.app.bench;
