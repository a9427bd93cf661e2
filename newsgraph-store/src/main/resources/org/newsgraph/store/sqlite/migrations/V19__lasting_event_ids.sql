-- Event ids last (docs/export.md): a cluster's events keep their numbers when it is merged again,
-- a number once given in a cluster is never given to another event there, and an id retired is
-- kept with the id its reports went to (org.newsgraph.story.EventIdKeeper).

-- The highest event number ever given in the cluster, retired ones included: a new event takes the
-- next. Until now numbers were given afresh at each merge, so the highest standing is the highest given.
ALTER TABLE merged_clusters ADD COLUMN numbered INTEGER NOT NULL DEFAULT 0 CHECK (numbered >= 0);
UPDATE merged_clusters SET numbered =
    coalesce((SELECT max(number) FROM corpus_events e WHERE e.cluster_id = merged_clusters.cluster_id), 0);

-- Every event id retired: its reports tell another event of its cluster (which kept the older id),
-- or a recluster moved them to another cluster. History, not state, as corpus_entity_merges: both
-- ids may leave corpus_events later (the one kept can itself be retired: follow the chain). An id
-- is retired once, but a cluster's event (number 0) stands again when the cluster has one again:
-- its row is then deleted.
CREATE TABLE corpus_event_merges (
    seq            INTEGER PRIMARY KEY,
    merged_cluster INTEGER NOT NULL,
    merged_number  INTEGER NOT NULL CHECK (merged_number >= 0),
    into_cluster   INTEGER NOT NULL,
    into_number    INTEGER NOT NULL CHECK (into_number >= 0),
    reason         TEXT    NOT NULL,
    at             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (merged_cluster <> into_cluster OR merged_number <> into_number)
) STRICT;
-- A retired id is followed by one probe (serve's redirect of an old event id).
CREATE UNIQUE INDEX corpus_event_merges_by_merged ON corpus_event_merges (merged_cluster, merged_number);
