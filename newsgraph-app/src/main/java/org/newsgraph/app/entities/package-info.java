/**
 * Corpus entities as use cases: bringing the store's entities up to date with its articles under
 * lasting ids (EntityUpdater, the entities' step of the corpus pipeline: the new articles resolved
 * beside the stored entities they may join, EntityExtension), and choosing which to
 * list. Needs an article store and the resolver; provides the entities that the export and the
 * {@code entities} command show. Does not decide how entities are linked (the resolver does) nor
 * how they are printed.
 */
package org.newsgraph.app.entities;
