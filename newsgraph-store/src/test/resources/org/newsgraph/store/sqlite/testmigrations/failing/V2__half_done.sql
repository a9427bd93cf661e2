-- The first statement succeeds, the second fails: neither may remain.
CREATE TABLE half (x INTEGER);
INSERT INTO nowhere VALUES (1);
