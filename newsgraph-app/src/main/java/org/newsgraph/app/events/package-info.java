/**
 * The events and stories use cases: keeping them (EventUpdater merges again the clusters whose
 * inputs changed, under lasting ids, and threads the stories, for analyze to store) and reading
 * them (EventCatalog: the export's events with the names of their places and participants and, per
 * report, its source and evidence sentence; picked by type, entity and dates; stories with their
 * events; the event a retired id leads to).
 * Needs the store's clusters, entities and articles; does not extract events (package event does).
 */
package org.newsgraph.app.events;
