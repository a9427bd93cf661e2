-- The names and aliases of the corpus entities, folded as a person types them (NameWords.fold: lower
-- case, no accents, punctuation as spaces), from each of their words on: "anna kowalska" and
-- "kowalska". A name asked for ("entities --name kowal") is a range of this key, not a read of
-- every entity. Written with corpus_entities, replaced whole with it. A store upgraded to this
-- version has none until an analyze next replaces its entities; until then names are matched by
-- reading every entity, as before.
CREATE TABLE corpus_entity_words (
    start     TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    PRIMARY KEY (start, entity_id)
) STRICT, WITHOUT ROWID;
