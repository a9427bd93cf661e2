/**
 * Events across the corpus and the stories they form: the reports of each event cluster merged
 * into one event (its main event) and the other events its articles report or mention, each
 * dated by its best-supported report, under ids that last from one merge to the next; events threaded into stories by shared participants and
 * places; a quote tied to the event its sentence tells. Needs stored articles with events, their
 * event clusters and corpus entities; provides {@link org.newsgraph.model.CorpusEvent}s and
 * {@link org.newsgraph.model.Story}s. Does not extract events (package event does) or cluster.
 */
package org.newsgraph.story;
