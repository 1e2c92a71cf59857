-- Issue 3: the dateline that opens a report ("LONDON (Reuters) -"): where it was filed, and by which agency.
ALTER TABLE articles ADD COLUMN dateline_place TEXT;
ALTER TABLE articles ADD COLUMN dateline_agency TEXT;
