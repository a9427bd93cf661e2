-- An event without a date may say why, in words a user reads ("told as past ("had met")", "timed without
-- a day ("this week")", "the article has no publication day"): the event stage writes it for an article's
-- main event. A known date has none. Events stored before this version read null: nobody said why.
ALTER TABLE events ADD COLUMN date_note TEXT CHECK (date_note IS NULL OR date_basis = 'none');
