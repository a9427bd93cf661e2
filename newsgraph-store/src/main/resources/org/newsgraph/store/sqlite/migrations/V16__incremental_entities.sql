-- Corpus entities extended by the new articles of each run (EntityUpdater), not replaced whole:
-- the version of the resolver's rules the table was made by, so that a change of rules resolves
-- the corpus again; 1 is the rules every earlier store was resolved by.
ALTER TABLE corpus_entity_state ADD COLUMN rules INTEGER NOT NULL DEFAULT 1;

-- The words of one entity, rewritten when it gains aliases or is merged away, without a scan.
CREATE INDEX corpus_entity_words_by_entity ON corpus_entity_words (entity_id);

-- The articles of a window of publication days (a recluster after analyze), without a scan.
CREATE INDEX articles_by_published ON articles (published_date);
