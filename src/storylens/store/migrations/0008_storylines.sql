-- Issue 29: storylines. Each story (a moment) keeps the storyline it joined, the moment it was
-- linked through (NULL for the one that started the storyline) and their closeness. A row is
-- written once, when the moment is first linked, so storyline ids stay stable; a story that is
-- merged away leaves its row behind, and readers skip rows whose story is gone.
CREATE TABLE storylines (
    story_id TEXT PRIMARY KEY,
    storyline_id TEXT NOT NULL,
    through TEXT,
    closeness REAL
) WITHOUT ROWID;
CREATE INDEX storylines_storyline ON storylines(storyline_id);
