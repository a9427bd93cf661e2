-- Fingerprints for finding copies across articles (org.newsgraph.dedup): per remembered article
-- the SHA-256 of its lower-cased words and its MinHash signature, and one row per LSH band.
-- Only articles whose text was analysed are remembered, never copies.

-- signature is Signature.bytes(): the shingle count, then one 32-bit value per hash, big-endian.
CREATE TABLE minhash_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    clean_hash TEXT    NOT NULL,
    signature  BLOB    NOT NULL
) STRICT;

-- "First article with these words" from the index alone.
CREATE INDEX minhash_articles_by_clean_hash ON minhash_articles (clean_hash, article_id);

-- A band lookup is a probe of the primary key, whatever the number of articles. There is no
-- index on article_id: rows go only with their article, and the only articles ever deleted
-- are failed ones, which are never remembered, so the cascade never has to search this table.
CREATE TABLE minhash_bands (
    band       INTEGER NOT NULL,
    bucket     INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES minhash_articles (article_id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, article_id)
) STRICT, WITHOUT ROWID;
