/**
 * The JSON HTTP API under {@code /api/v1} (Javalin on Jetty): events, entities, timeline, stories,
 * clusters, articles, outlets, quotes and claims, read through the app's read use cases from a
 * fresh read-only view of the store every second at most. Needs a store analyze made; provides
 * paging, entity tags and problems (RFC 9457). Does not write the store, search or serve pages.
 */
package org.newsgraph.http;
