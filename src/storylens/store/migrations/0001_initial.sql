-- The first schema: articles with full-text search, copies, stories, and ingest state.
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    date_precision TEXT NOT NULL,
    byline TEXT,
    language TEXT,
    mode TEXT NOT NULL,
    paragraphs TEXT NOT NULL,      -- JSON array of strings
    removed TEXT NOT NULL,         -- JSON array of [text, reason]
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

-- rowid = articles.rowid
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, tokenize='unicode61 remove_diacritics 2'
);

-- Everything the corpus stages need to resume incrementally.
CREATE TABLE article_features (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL,          -- 128 little-endian uint64
    terms TEXT NOT NULL             -- JSON object term -> weighted count
);
CREATE TABLE term_frequency (
    term TEXT PRIMARY KEY,
    documents INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE copies (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL REFERENCES articles(id),
    similarity REAL NOT NULL
);
CREATE INDEX copies_origin ON copies(origin_id);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_last_seen ON stories(last_seen);

CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories(id),
    similarity REAL NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story_id);

-- Pages already turned into stored articles, so a re-run skips them (resume).
CREATE TABLE pages (
    origin TEXT NOT NULL,
    digest TEXT NOT NULL,
    article_id TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (origin, digest)
) WITHOUT ROWID;

-- HTTP validators for conditional GET.
CREATE TABLE fetches (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT NOT NULL
) WITHOUT ROWID;
