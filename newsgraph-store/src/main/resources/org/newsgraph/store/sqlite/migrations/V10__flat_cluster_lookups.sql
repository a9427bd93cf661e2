-- Adding an article to the clusters costs the same whatever the store holds (docs/clusters.md):
-- nothing it reads grows with the store. The number of profiled articles (the N of the inverse
-- document frequencies) is kept, not counted again for every article.
CREATE TABLE cluster_counts (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO cluster_counts (name, value)
    VALUES ('profiled_articles', (SELECT count(*) FROM cluster_members WHERE copy = 0));
-- Each index key carries the day its cluster's latest report was published, when every report's
-- source states its day: a new report is compared only with clusters of its own week (the rule of
-- the week), found by range in the index instead of by reading every cluster under a common key.
ALTER TABLE cluster_keys ADD COLUMN last_day TEXT;
UPDATE cluster_keys SET last_day = (
    SELECT CASE WHEN c.published_stated = 1 THEN c.last_published END
    FROM event_clusters c WHERE c.id = cluster_keys.cluster_id);
CREATE INDEX cluster_keys_by_day ON cluster_keys (key, last_day);
-- A merge looks clusters up by the cluster they went into.
CREATE INDEX event_clusters_by_merged_into ON event_clusters (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX cluster_merges_by_into ON cluster_merges (into_id);
