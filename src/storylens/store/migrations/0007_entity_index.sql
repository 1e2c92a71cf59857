-- Issue 7: which articles name an entity, for the entity page and the entity filter. An
-- article's entity is listed under the id of its canonical name and of each alias of two or
-- more words, so a story entity's id (the id of one of the names its articles use) finds the
-- articles. Rows of articles stored before are filled in when the library is opened.
CREATE TABLE entity_index (
    entity_id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_index_article ON entity_index(article_id);
-- The home page's filters.
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX stories_articles ON stories(articles);
CREATE INDEX entity_index_name ON entity_index(name COLLATE NOCASE);
