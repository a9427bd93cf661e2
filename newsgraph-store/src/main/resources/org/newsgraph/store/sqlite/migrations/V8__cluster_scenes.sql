-- A cluster's place may be only the scene of its first report (the first city its lead names) when
-- no report stated where the event happened; scenes weigh less than stated places (EventIdentity).
-- Every place stored before this version was stated.
ALTER TABLE event_clusters ADD COLUMN place_stated INTEGER NOT NULL DEFAULT 1 CHECK (place_stated IN (0, 1));
