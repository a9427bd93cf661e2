/**
 * Entity resolution: name mentions grouped into the entities of an article, place names typed
 * and located with the GeoNames gazetteer, the other ways an article refers to its entities
 * (roles and role nouns, handles, acronyms, short names) joined to them, entities linked across
 * articles, and their lasting ids kept from one resolution to the next (merges recorded). Needs
 * name mentions; provides entities with every mention, places with coordinates, roles of people.
 * Does not handle pronouns, nor role nouns the article never ties to a named person.
 */
package org.newsgraph.resolve;
