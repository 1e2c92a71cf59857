-- Issue 6: the events an article reports (actor, action, target, date, evidence) as a JSON
-- list; NULL for articles stored before, which read as having none.
ALTER TABLE articles ADD COLUMN events TEXT;
