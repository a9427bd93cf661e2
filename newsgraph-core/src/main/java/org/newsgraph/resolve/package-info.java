/**
 * Entity resolution: name mentions grouped into the entities of an article, and those linked
 * across articles. Needs name mentions; provides entities with every mention. Does not yet
 * handle spelling variants, role nouns or pronouns.
 */
package org.newsgraph.resolve;
