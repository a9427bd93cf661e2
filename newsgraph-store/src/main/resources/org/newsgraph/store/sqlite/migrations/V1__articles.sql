-- Analysed articles, one row per content and source, with the parts of their analysis.
-- Raw input bodies are not kept: they can be large, and the cleaned text is what was analysed.
-- Enum columns hold lower-case labels without CHECK lists, so a new enum value needs no migration.

-- AUTOINCREMENT because ids are exported (a17): a replaced FAILED row's id is never handed out again.
CREATE TABLE articles (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    content_hash         TEXT    NOT NULL,
    source_key           TEXT    NOT NULL,
    file                 TEXT    NOT NULL,
    format               TEXT    NOT NULL,
    title                TEXT,
    url                  TEXT,
    outlet               TEXT,
    outlet_basis         TEXT    NOT NULL,
    published_date       TEXT,
    published_basis      TEXT    NOT NULL,
    published_confidence REAL    NOT NULL CHECK (published_confidence BETWEEN 0 AND 1),
    language             TEXT,
    status               TEXT    NOT NULL,
    error                TEXT,
    duplicate_of         INTEGER REFERENCES articles (id),
    text                 TEXT    NOT NULL,
    token_count          INTEGER NOT NULL CHECK (token_count >= 0),
    notes                TEXT    NOT NULL DEFAULT '',    -- one a line
    created_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (content_hash, source_key),
    CHECK ((published_date IS NULL) = (published_basis = 'none')),
    CHECK ((outlet IS NULL) = (outlet_basis = 'none'))
) STRICT;

-- The unique index already serves lookups by content_hash; this one answers
-- "first OK article with this content" from the index alone.
CREATE INDEX articles_ok_by_content ON articles (content_hash, id) WHERE status = 'ok';

-- Deleting a row checks for duplicates pointing at it; without this that is a full scan.
CREATE INDEX articles_by_duplicate_of ON articles (duplicate_of);

-- Children are keyed by their article and position, so reading them back in order is an index walk
-- and deleting an article (replacing a FAILED one) cascades to them.
CREATE TABLE removed (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    PRIMARY KEY (article_id, seq)
) STRICT, WITHOUT ROWID;

-- local_id is the entity's position in its article's list.
CREATE TABLE entities (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    -- the gazetteer place the entity is, all null for an entity that is no place
    place_id         INTEGER,
    place_name       TEXT,
    place_country    TEXT,
    place_latitude   REAL,    -- null for countries, whose table has no coordinates
    place_longitude  REAL,
    place_population INTEGER,
    place_feature    TEXT,
    PRIMARY KEY (article_id, local_id)
) STRICT, WITHOUT ROWID;

-- Spans are [span_start, span_end) in UTF-16 code units of articles.text, as in the model.
CREATE TABLE mentions (
    article_id      INTEGER NOT NULL,
    entity_local_id INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    PRIMARY KEY (article_id, entity_local_id, seq),
    FOREIGN KEY (article_id, entity_local_id)
        REFERENCES entities (article_id, local_id) ON DELETE CASCADE,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT, WITHOUT ROWID;

-- value is null when the expression could not be normalised.
CREATE TABLE timexes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    value      TEXT,
    PRIMARY KEY (article_id, seq),
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT, WITHOUT ROWID;

-- Rejected inputs; rows are never deleted, so id order is the order first seen.
CREATE TABLE rejections (
    id         INTEGER PRIMARY KEY,
    input      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_seen  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (input, reason)
) STRICT;
