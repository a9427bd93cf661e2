/**
 * The articles use case: the store's articles as the export gives them (dated by their clusters),
 * then its rejected inputs, with each article's cluster, those of an outlet or a status, a page at
 * a time by query. Needs the store; does not analyse (analyze does).
 */
package org.newsgraph.app.articles;
