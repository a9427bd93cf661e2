/**
 * What the JSON API and the web pages both read: one snapshot of the store through the app's read
 * use cases, and the views of an event, an entity, a story and a listing built from it. Needs a
 * store analyze made; provides immutable records; does not know HTTP, JSON paths or HTML.
 */
package org.newsgraph.http.read;
