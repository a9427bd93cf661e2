-- Corpus entities (org.newsgraph.resolve.EntityIdKeeper): the single-article entities of every
-- stored article linked across articles, under ids that outlive a run because each resolution
-- hands the old ids back to the entities that had them. The whole table is replaced in one
-- transaction after a run that stored new articles; merges are appended and never deleted.

-- The roles an article gives an entity ("secretary general"), one a line, in order of first
-- appearance; '' when it has none, as do the entities of articles stored before roles were kept.
ALTER TABLE entities ADD COLUMN roles TEXT NOT NULL DEFAULT '';

-- One row. next_id is a counter, not max(id) + 1: a merged id leaves corpus_entities but must
-- never name another entity. resolved_through is the highest article id the table accounts for,
-- so a store whose articles are newer than its entities (or that predates them) is found stale
-- by one index probe; article ids only grow (AUTOINCREMENT), so nothing older can appear later.
CREATE TABLE corpus_entity_state (
    only_row         INTEGER PRIMARY KEY CHECK (only_row = 1),
    next_id          INTEGER NOT NULL CHECK (next_id >= 1),
    resolved_through INTEGER NOT NULL CHECK (resolved_through >= 0)
) STRICT;

INSERT INTO corpus_entity_state (only_row, next_id, resolved_through) VALUES (1, 1, 0);

-- ids come from the keeper, not from SQLite, hence no AUTOINCREMENT. The place columns are named
-- as in entities so that one reader serves both.
CREATE TABLE corpus_entities (
    id               INTEGER PRIMARY KEY CHECK (id >= 1),
    name             TEXT    NOT NULL,
    type             TEXT    NOT NULL,
    place_id         INTEGER,
    place_name       TEXT,
    place_country    TEXT,
    place_latitude   REAL,
    place_longitude  REAL,
    place_population INTEGER,
    place_feature    TEXT,
    links            TEXT    NOT NULL DEFAULT ''    -- why members were joined beyond a same name, one a line
) STRICT;

CREATE TABLE corpus_entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES corpus_entities (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_id, seq)
) STRICT, WITHOUT ROWID;

-- Keyed by the single-article entity, which belongs to one corpus entity at most, and goes with
-- it: deleting an article (replacing a FAILED one) cascades through entities to here.
CREATE TABLE corpus_entity_members (
    article_id INTEGER NOT NULL,
    local_id   INTEGER NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES corpus_entities (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, local_id),
    FOREIGN KEY (article_id, local_id) REFERENCES entities (article_id, local_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- Members of one entity in corpus order, and the cascade when the table is replaced, without a scan.
CREATE INDEX corpus_entity_members_by_entity ON corpus_entity_members (entity_id, article_id, local_id);

-- History, not state: no foreign keys, because both ids may leave corpus_entities later (the
-- kept one can itself be merged away) and the record must still say what happened.
CREATE TABLE corpus_entity_merges (
    seq       INTEGER PRIMARY KEY,
    merged_id INTEGER NOT NULL,
    into_id   INTEGER NOT NULL,
    reason    TEXT    NOT NULL,
    at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (merged_id <> into_id)
) STRICT;
