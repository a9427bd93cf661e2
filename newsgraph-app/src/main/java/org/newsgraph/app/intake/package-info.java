/**
 * The intake use case: articles sent in (a JSON object or JSON lines with the contract's JSONL
 * fields) are checked at once, line by line, queued as a batch file in the store's
 * {@code incoming/} folder, and analysed in the background, search index included. Needs a store
 * folder and the composition root; does not authenticate (the HTTP API does) or parse lines
 * itself (the ingest stage does).
 */
package org.newsgraph.app.intake;
