-- Clusters are corrected after placement (newsgraph recluster, docs/clusters.md): merged, and split.
-- Every merge and split is a row here, in order, with when it was made, the ids before and after, the
-- articles it moved and what decided it. A merge keeps the older id (into_id) and ends from_id; a
-- split keeps from_id on its larger part and gives the moved part into_id, an id never given before.
CREATE TABLE cluster_history (
    seq      INTEGER PRIMARY KEY,
    at       TEXT    NOT NULL,            -- ISO-8601 instant, UTC
    kind     TEXT    NOT NULL CHECK (kind IN ('merge', 'split')),
    from_id  INTEGER NOT NULL REFERENCES event_clusters (id),
    into_id  INTEGER NOT NULL REFERENCES event_clusters (id),
    articles TEXT    NOT NULL,            -- the moved articles' store ids, comma-separated
    score    REAL    NOT NULL,
    reason   TEXT    NOT NULL,
    CHECK (kind = 'merge' AND from_id > into_id OR kind = 'split' AND into_id > from_id)
) STRICT;
CREATE INDEX cluster_history_by_from ON cluster_history (from_id);
CREATE INDEX cluster_history_by_into ON cluster_history (into_id);
-- The merges made before this version (EventClusterer.mergeAgain) are the history's first rows; the
-- store did not keep which articles each moved: the row names every article of the cluster kept.
INSERT INTO cluster_history (at, kind, from_id, into_id, articles, score, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'merge', m.from_id, m.into_id,
        coalesce((SELECT group_concat(article_id, ',') FROM cluster_members WHERE cluster_id = m.into_id), ''),
        m.score, m.reason
    FROM cluster_merges m ORDER BY m.seq;
