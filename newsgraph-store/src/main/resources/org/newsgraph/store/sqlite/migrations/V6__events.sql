-- Events (org.newsgraph.event.EventExtractor): what each article tells happened, its main event first
-- (seq 0 when it has one), the others in text order. The trigger is [start, end) in UTF-16 code units
-- of articles.text; location and participants are local ids of the article's entities. A date has a
-- TimeML value (a day, a month, a year, or a day with an open year: XXXX-04-20) exactly when its
-- basis is not 'none'. Articles stored before this version have no events: analyse them again.
CREATE TABLE events (
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    type              TEXT    NOT NULL,
    cameo             TEXT,                -- CAMEO root code ("04"), null where none fits
    salience          TEXT    NOT NULL CHECK (salience IN ('main', 'reported', 'mentioned')),
    title             TEXT    NOT NULL,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    location_local_id INTEGER,             -- null when the text does not say where
    date_value        TEXT,
    date_basis        TEXT    NOT NULL,
    date_confidence   REAL    NOT NULL,
    PRIMARY KEY (article_id, seq),
    FOREIGN KEY (article_id, location_local_id) REFERENCES entities (article_id, local_id) ON DELETE CASCADE,
    CHECK (0 <= trigger_start AND trigger_start <= trigger_end),
    CHECK ((date_value IS NULL) = (date_basis = 'none')),
    CHECK (0 <= date_confidence AND date_confidence <= 1)
) STRICT, WITHOUT ROWID;

-- Who took part in an event, most prominent first (rank 0).
CREATE TABLE event_participants (
    article_id INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL,
    rank       INTEGER NOT NULL,
    local_id   INTEGER NOT NULL,
    PRIMARY KEY (article_id, event_seq, rank),
    FOREIGN KEY (article_id, event_seq) REFERENCES events (article_id, seq) ON DELETE CASCADE,
    FOREIGN KEY (article_id, local_id) REFERENCES entities (article_id, local_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- The sentences that tell an event, in text order; the first holds its trigger.
CREATE TABLE event_evidence (
    article_id INTEGER NOT NULL,
    event_seq  INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, event_seq, seq),
    FOREIGN KEY (article_id, event_seq) REFERENCES events (article_id, seq) ON DELETE CASCADE,
    CHECK (0 <= span_start AND span_start <= span_end)
) STRICT, WITHOUT ROWID;
