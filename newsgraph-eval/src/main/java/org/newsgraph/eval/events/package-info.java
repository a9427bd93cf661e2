/**
 * Scoring of events: the seed articles' events against the hand gold (type, place, participants,
 * date, main event, mentioned events, no event in a wire dateline's city). Needs ../shared; reads
 * the gold only to score answers, never to produce them.
 */
package org.newsgraph.eval.events;
