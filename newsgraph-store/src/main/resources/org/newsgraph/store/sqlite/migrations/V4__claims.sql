-- Claims (org.newsgraph.claim.ClaimExtractor): the quantities an article states, in text order.
-- value and upper_value are the quantity with its scale applied (2.5 billion is 2.5e9); upper_value is
-- null unless the claim is a range. unit is an ISO 4217 code, 'percent' or the counted noun; claimant
-- is the local id of the entity that states it, null when the outlet does (no speaker named).
CREATE TABLE claims (
    article_id         INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq                INTEGER NOT NULL,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    text               TEXT    NOT NULL,
    value              REAL    NOT NULL,
    upper_value        REAL,
    unit               TEXT,
    qualifier          TEXT,
    claimant_local_id  INTEGER,
    claimant_text      TEXT,
    subject            TEXT,
    PRIMARY KEY (article_id, seq),
    CHECK (0 <= span_start AND span_start <= span_end),
    CHECK (upper_value IS NULL OR upper_value > value)
) STRICT, WITHOUT ROWID;
