-- Parallax store, schema 5 (issue 10: one link per copy of a wire story). A copy of a stored text now links to
-- the text's first article only (only first texts keep their signature bands); a later version from the same
-- outlet as an earlier copy must still find that copy to supersede it. "article_outlet" is the copying article's
-- outlet, so those copies are found by the index below without reading every copy of a much-copied story.
-- Links stored before this schema have none: their copies were linked to one another, as the old rule did.

ALTER TABLE near_duplicates ADD COLUMN article_outlet VARCHAR(1000);
CREATE INDEX near_duplicates_original_outlet ON near_duplicates (original_id, article_outlet);
