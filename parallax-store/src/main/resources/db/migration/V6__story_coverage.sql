-- Parallax store, schema 6 (issue 11: the stories page at 100,000 articles). Each story's coverage by outlet, kept
-- with the story when the account is stored, so that the stories page and a story's page read it instead of
-- counting each story's articles by outlet on every request. "outlet" is the article's outlet (its source when it
-- names none); "articles" how many of the story's articles it has, "independent_sources" how many independent texts
-- they are (articles that copy or update one another are one); "position" orders the rows most articles first.
-- "outlet_count" on the story is how many outlets cover it (the stories page ranks by it); it is NULL for the
-- stories stored before this schema, whose coverage the store counts once when it is next opened.

CREATE TABLE story_outlets (
    story_id VARCHAR(64) NOT NULL,
    position INTEGER NOT NULL,
    outlet VARCHAR(4000) NOT NULL,
    articles INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    PRIMARY KEY (story_id, position)
);

ALTER TABLE stories ADD COLUMN outlet_count INTEGER;
