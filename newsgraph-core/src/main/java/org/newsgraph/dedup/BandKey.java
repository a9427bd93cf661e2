package org.newsgraph.dedup;

/**
 * One LSH band of a signature: two texts whose signatures agree on every row of a band share
 * its key. A store keeps one row {@code (band, bucket, article_id)} per band of each article.
 *
 * @param band   which band, from 0
 * @param bucket a 64-bit hash of the band's rows
 */
public record BandKey(int band, long bucket) {}
