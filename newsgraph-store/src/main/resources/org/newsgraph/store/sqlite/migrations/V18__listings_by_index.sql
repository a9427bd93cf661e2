-- The listings read by query, a page at a time, instead of from a model of the whole store in memory.

-- The days each corpus event's date covers (org.newsgraph.model.DatePeriod: a day, a month, a year
-- or an ISO week; a date-time its day), as ISO days; null when its date places nothing on a calendar
-- (no date, 'XXXX-04-20', 'PRESENT_REF', '2023-02-30'). A range of dates is two comparisons, and a
-- timeline reads the dated events in its order (first day, then last, then key) by the index.
-- Events stored before this version take theirs from the functions the store registers on the
-- connection that migrates (Migrations.DATE_FUNCTIONS), which are DatePeriod itself.
ALTER TABLE corpus_events ADD COLUMN date_first TEXT;
ALTER TABLE corpus_events ADD COLUMN date_last TEXT;
UPDATE corpus_events SET date_first = newsgraph_period_first(date_value),
    date_last = newsgraph_period_last(date_value) WHERE date_value IS NOT NULL;
CREATE INDEX corpus_events_by_date ON corpus_events (date_first, date_last) WHERE date_first IS NOT NULL;

-- The events of a type, and a kind of event (main, reported, mentioned), without a scan.
CREATE INDEX corpus_events_by_type ON corpus_events (type);
CREATE INDEX corpus_events_by_salience ON corpus_events (salience);

-- The articles of an outlet (the events they report, the articles listed by outlet), and the
-- outlets themselves, without a scan.
CREATE INDEX articles_by_outlet ON articles (outlet) WHERE outlet IS NOT NULL;
