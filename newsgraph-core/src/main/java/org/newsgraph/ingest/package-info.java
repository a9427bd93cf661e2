/**
 * Turns input paths (files and folders) into article sources or readable rejections.
 * Needs only paths and an {@link org.newsgraph.ingest.IngestConfig}; provides {@code .txt},
 * HTML (also gzipped) and JSONL articles with their {@code metadata.jsonl} sidecar values applied.
 * Does not extract text from HTML, guess dates from the text, or detect duplicates: later stages do.
 */
package org.newsgraph.ingest;
