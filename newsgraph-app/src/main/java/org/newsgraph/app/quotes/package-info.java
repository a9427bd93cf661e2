/**
 * The quotes use case: the store's quotes with their articles and speakers, all or those of the
 * speakers a name query picks (as the entities listing matches names), read a page of articles at a
 * time. Needs the store; does not find quotes (the quote stage does, during analyze).
 */
package org.newsgraph.app.quotes;
