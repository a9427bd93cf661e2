/**
 * The web UI of {@code serve}: server-rendered HTML pages over the same read snapshots as the JSON
 * API, with Leaflet and country shapes shipped in the jar for the map. Needs the read layer;
 * provides pages, escaped by construction, under a strict Content-Security-Policy; searches the
 * API's search index. Does not write the store or fetch anything from another host.
 */
package org.newsgraph.http.web;
