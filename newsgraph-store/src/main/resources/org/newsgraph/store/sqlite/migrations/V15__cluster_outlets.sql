-- A cluster knows the outlets that published its reports (their names in lower case, one a line;
-- empty when none names one): an outlet's reports share its beat, so that two of them are alike is
-- weaker evidence of one event (docs/clusters.md, the feature same_outlet). Clusters stored before this
-- version take the outlets of their members, copies aside, as placement would have given them.
ALTER TABLE event_clusters ADD COLUMN outlets TEXT NOT NULL DEFAULT '';
UPDATE event_clusters SET outlets = coalesce((
    SELECT group_concat(outlet, char(10)) FROM (
        SELECT DISTINCT lower(trim(a.outlet)) AS outlet FROM cluster_members m JOIN articles a ON a.id = m.article_id
        WHERE m.cluster_id = event_clusters.id AND m.copy = 0 AND a.outlet IS NOT NULL AND trim(a.outlet) <> ''
        ORDER BY 1)), '');
