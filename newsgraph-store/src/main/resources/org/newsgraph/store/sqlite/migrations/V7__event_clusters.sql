-- Event clusters (org.newsgraph.cluster.EventClusterer): the articles that report one real-world
-- event. A cluster's profile is the sum of its members' term vectors and the signature of its event;
-- cluster_keys indexes each cluster under its strongest terms so that a new article is compared
-- with a few candidates; term_counts holds document frequencies. Ids are never reused.
CREATE TABLE event_clusters (
    id                INTEGER PRIMARY KEY,
    size              INTEGER NOT NULL CHECK (size >= 1),
    terms             TEXT    NOT NULL,   -- "term<TAB>weight" lines
    type              TEXT,
    participants      TEXT    NOT NULL,   -- "entity<TAB>count" lines
    place_entity      INTEGER,
    place_geoname     INTEGER,
    place_country     TEXT,
    place_is_country  INTEGER CHECK (place_is_country IN (0, 1)),
    place_latitude    REAL,
    place_longitude   REAL,
    event_date        TEXT,
    published         TEXT,
    CHECK ((place_entity IS NULL) = (place_is_country IS NULL))
) STRICT;

CREATE TABLE cluster_members (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL REFERENCES event_clusters (id),
    opened     INTEGER NOT NULL CHECK (opened IN (0, 1)),
    copy       INTEGER NOT NULL CHECK (copy IN (0, 1)),
    score      REAL    NOT NULL,
    reason     TEXT    NOT NULL
) STRICT;
CREATE INDEX cluster_members_by_cluster ON cluster_members (cluster_id);

CREATE TABLE cluster_keys (
    key        TEXT    NOT NULL,
    cluster_id INTEGER NOT NULL REFERENCES event_clusters (id),
    PRIMARY KEY (key, cluster_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX cluster_keys_by_cluster ON cluster_keys (cluster_id);

CREATE TABLE term_counts (
    term TEXT    PRIMARY KEY,
    df   INTEGER NOT NULL CHECK (df >= 1)
) STRICT, WITHOUT ROWID;
