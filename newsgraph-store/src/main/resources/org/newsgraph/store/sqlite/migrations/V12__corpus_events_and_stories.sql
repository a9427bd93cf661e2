-- Corpus events (org.newsgraph.story.EventMerger) and stories (org.newsgraph.story.StoryThreader),
-- kept by analyze at the end of each run after the entities and clusters, so that reads query them
-- instead of merging and threading again. Written in one transaction with corpus_model_state: a
-- killed analyze leaves the model of the run before, or this run's, never half of one.

-- The clusters whose events are stored, each with what they were merged from: a digest of the rules'
-- version, the cluster's members and the corpus entity of each member's entities. A cluster whose
-- inputs changed (new reports, a merge, entities joined or split) is merged again; the others are
-- left as they are. Every standing cluster has a row once an analyze has finished, events or none.
CREATE TABLE merged_clusters (
    cluster_id INTEGER PRIMARY KEY REFERENCES event_clusters (id),
    inputs     TEXT    NOT NULL,
    rules      INTEGER NOT NULL     -- EventMerger.RULES of the code that merged it
) STRICT;

-- A cluster's events: its main event (number 0) and the others its articles tell (from 1), among
-- them main ones: the main event of articles whose reports cannot be of the day of the cluster's.
-- location_id and entity_id are corpus entity ids, not foreign keys: the entity table is replaced
-- whole, and an id that is merged away is in corpus_entity_merges. A date has a value exactly when
-- its basis is not 'none'; only a date without one has a note.
CREATE TABLE corpus_events (
    cluster_id      INTEGER NOT NULL REFERENCES merged_clusters (cluster_id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number >= 0),
    type            TEXT    NOT NULL,
    cameo           TEXT,
    salience        TEXT    NOT NULL CHECK (salience IN ('main', 'reported', 'mentioned')),
    title           TEXT    NOT NULL,
    date_value      TEXT,
    date_basis      TEXT    NOT NULL,
    date_confidence REAL    NOT NULL CHECK (0 <= date_confidence AND date_confidence <= 1),
    date_note       TEXT    CHECK (date_note IS NULL OR date_basis = 'none'),
    location_id     INTEGER,
    PRIMARY KEY (cluster_id, number),
    CHECK (number > 0 OR salience = 'main'),
    CHECK ((date_value IS NULL) = (date_basis = 'none'))
) STRICT, WITHOUT ROWID;
CREATE INDEX corpus_events_by_location ON corpus_events (location_id) WHERE location_id IS NOT NULL;
-- The main events, which stories are threaded from.
CREATE INDEX corpus_events_main ON corpus_events (cluster_id, number) WHERE salience = 'main';

-- Who took part, most often named first (rank 0).
CREATE TABLE corpus_event_participants (
    cluster_id INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    rank       INTEGER NOT NULL,
    entity_id  INTEGER NOT NULL,
    PRIMARY KEY (cluster_id, number, rank),
    FOREIGN KEY (cluster_id, number) REFERENCES corpus_events (cluster_id, number) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX corpus_event_participants_by_entity ON corpus_event_participants (entity_id);

-- The articles that report it, copies included, in id order.
CREATE TABLE corpus_event_articles (
    cluster_id INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    PRIMARY KEY (cluster_id, number, seq),
    FOREIGN KEY (cluster_id, number) REFERENCES corpus_events (cluster_id, number) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX corpus_event_articles_by_article ON corpus_event_articles (article_id);

-- The sentences that tell it, by article then text order; spans as in event_evidence. An evidence
-- article is one of the event's articles, which refer to articles already: a second reference here
-- would make deleting an article (replacing a failed one) scan this table, which has no index on it.
CREATE TABLE corpus_event_evidence (
    cluster_id INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (cluster_id, number, seq),
    FOREIGN KEY (cluster_id, number) REFERENCES corpus_events (cluster_id, number) ON DELETE CASCADE,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT, WITHOUT ROWID;

-- Stories, replaced whole at each update (threading every main event again is cheap), in the
-- threader's order (seq), and their events in date order, the undated last, by their export ids
-- (v3), as the model holds them. A story's id is the smallest cluster among its events, which two
-- stories can share since a cluster may hold two main events (v4 and v4.1): the key is the order.
CREATE TABLE stories (
    seq   INTEGER PRIMARY KEY,
    id    INTEGER NOT NULL,
    title TEXT    NOT NULL
) STRICT;
CREATE INDEX stories_by_id ON stories (id);
CREATE TABLE story_events (
    story_seq  INTEGER NOT NULL REFERENCES stories (seq) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    event      TEXT    NOT NULL,
    PRIMARY KEY (story_seq, seq)
) STRICT, WITHOUT ROWID;

-- One row, written with the events and stories: the rules that threaded the stories, and the state
-- of the clusters and entities the model was made from (the newest article placed, the last
-- cluster merge, the newest article the entities were resolved through). A reader compares these
-- with the tables as they are, by three index probes, to tell a model that is behind them.
-- No row: no analyze has stored events and stories yet (a store of an older version).
CREATE TABLE corpus_model_state (
    only_row         INTEGER PRIMARY KEY CHECK (only_row = 1),
    thread_rules     INTEGER NOT NULL,
    placed_through   INTEGER NOT NULL,
    cluster_merges   INTEGER NOT NULL,
    resolved_through INTEGER NOT NULL
) STRICT;
