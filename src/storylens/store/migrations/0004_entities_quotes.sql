-- Issue 5: each article's entities and quotes, as JSON lists in the export's shape
-- (entities: id, name, type, aliases, roles, spans; quotes: text, speaker, speaker_id,
-- speaker_text, cue, direct, start, end, cue_span, speaker_span). Articles stored before this
-- migration keep NULL: they were not analysed.
ALTER TABLE articles ADD COLUMN entities TEXT;
ALTER TABLE articles ADD COLUMN quotes TEXT;
