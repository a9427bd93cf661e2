-- Quotes (org.newsgraph.quote.QuoteFinder): what each article reports its people said, direct or
-- reported, with the words naming the speaker and, when they stand for one of the article's
-- entities, its local_id. Spans are [start, end) in UTF-16 code units of articles.text.
-- Articles stored before this version simply have no quotes: analyse them again to find them.
CREATE TABLE quotes (
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    direct           INTEGER NOT NULL CHECK (direct IN (0, 1)),
    speaker_local_id INTEGER,             -- null when the speaker is no entity of the article
    speaker_text     TEXT,                -- null when nothing names a speaker
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    cue              TEXT,                -- the reporting word's lemma ("say", "according to", "post")
    cue_start        INTEGER,
    cue_end          INTEGER,
    PRIMARY KEY (article_id, seq),
    FOREIGN KEY (article_id, speaker_local_id) REFERENCES entities (article_id, local_id) ON DELETE CASCADE,
    CHECK (0 <= span_start AND span_start <= span_end),
    CHECK ((speaker_text IS NULL) = (speaker_start IS NULL) AND (speaker_start IS NULL) = (speaker_end IS NULL)),
    CHECK ((cue IS NULL) = (cue_start IS NULL) AND (cue_start IS NULL) = (cue_end IS NULL)),
    CHECK (speaker_local_id IS NULL OR speaker_text IS NOT NULL)
) STRICT, WITHOUT ROWID;
