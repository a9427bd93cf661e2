/**
 * The port to the embedded store ({@link org.newsgraph.store.ArticleStore}) and to the corpus model
 * kept in it: entities ({@link org.newsgraph.store.CorpusEntities}), event clusters, and events and
 * stories ({@link org.newsgraph.store.CorpusEvents}); the SQLite adapter lives in the
 * newsgraph-store module. Needs analysed articles; provides persistence keyed by content hash and
 * source, and entity ids that outlive a run. Does not search or index text.
 */
package org.newsgraph.store;
