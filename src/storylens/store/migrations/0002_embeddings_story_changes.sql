-- Issue 4: article embeddings for story clustering, and the log of story merges and splits.
ALTER TABLE article_features ADD COLUMN embedding BLOB;  -- 512 little-endian float32
ALTER TABLE article_features ADD COLUMN short INTEGER NOT NULL DEFAULT 0;  -- headline-length

CREATE TABLE story_changes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    story_id TEXT NOT NULL,         -- the story that stays
    other_id TEXT NOT NULL,         -- absorbed (merge) or cut off (split)
    article_id TEXT NOT NULL,       -- the article whose arrival caused it
    score REAL NOT NULL,            -- how well the two parts fitted each other
    moved TEXT NOT NULL,            -- JSON array of the article ids that changed story
    at TEXT NOT NULL
);
CREATE INDEX story_changes_story ON story_changes(story_id);
CREATE INDEX story_changes_other ON story_changes(other_id);
