-- Issue 3: per paragraph, the other language it is written in (a caption, a quote) as a JSON
-- list aligned with `paragraphs` (null where it is the article's language); NULL or an empty
-- list when every paragraph is in the article's language.
ALTER TABLE articles ADD COLUMN paragraph_languages TEXT;
