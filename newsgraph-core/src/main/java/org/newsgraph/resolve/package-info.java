/**
 * Entity resolution: name mentions grouped into the entities of an article, place names typed
 * and located with the GeoNames gazetteer, entities linked across articles, and their lasting
 * ids kept from one resolution to the next (merges recorded). Needs name mentions; provides
 * entities with every mention, places with coordinates and a country. Does not yet handle role
 * nouns, pronouns or places smaller than towns of 15,000 people.
 */
package org.newsgraph.resolve;
