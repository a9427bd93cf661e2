-- Existing notes keep a null author.
ALTER TABLE notes ADD COLUMN author TEXT;
