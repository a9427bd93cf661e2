/**
 * The events and stories use case: the export's events with the names of their places and
 * participants and, per report, its source (outlet, else file) and evidence sentence; picked by
 * type, entity and dates, in export or date order; stories with their events. Needs the export;
 * does not extract, merge or thread events (packages event and story do).
 */
package org.newsgraph.app.events;
