-- A cluster knows the span of its reports' publication days, not only the first, and whether their
-- sources state those days (metadata, the page, the address) or the texts only suggest them: reports
-- whose sources state days more than a week apart are not one event (docs/clusters.md). Clusters
-- stored before this version knew the first day only, from any basis.
ALTER TABLE event_clusters ADD COLUMN last_published TEXT;
ALTER TABLE event_clusters ADD COLUMN published_stated INTEGER NOT NULL DEFAULT 0 CHECK (published_stated IN (0, 1));
UPDATE event_clusters SET last_published = published;
-- The sum of the members' sentence embeddings (little-endian floats), null when they have none.
ALTER TABLE event_clusters ADD COLUMN embedding BLOB;
-- A cluster looked at again may be merged into an older one (EventClusterer.mergeAgain): its row stays,
-- so that its id is never given again, with the cluster it went into; cluster_merges keeps each merge
-- with its score and reason, in order.
ALTER TABLE event_clusters ADD COLUMN merged_into INTEGER REFERENCES event_clusters (id);
CREATE TABLE cluster_merges (
    seq     INTEGER PRIMARY KEY,
    from_id INTEGER NOT NULL UNIQUE REFERENCES event_clusters (id),
    into_id INTEGER NOT NULL REFERENCES event_clusters (id),
    score   REAL    NOT NULL,
    reason  TEXT    NOT NULL,
    CHECK (from_id > into_id)
) STRICT;
