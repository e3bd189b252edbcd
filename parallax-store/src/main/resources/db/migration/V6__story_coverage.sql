-- Parallax store, schema 6 (issues 11 and 10: the stories page and the store's fill at 100,000 articles). Each story's coverage by outlet, kept
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

-- Whether a link's later article is current (no later version superseded it), and its sequence number. A new copy of a
-- first text looks for the newest current copies of that text from its own outlet, which it updates: by the index below
-- it reads those, newest first, and stops at the few it compares, instead of reading every copy the outlet ever ran of a
-- much-copied text to sort them (which grew with the store; issue 10).
ALTER TABLE near_duplicates ADD COLUMN article_current BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE near_duplicates ADD COLUMN article_seq BIGINT;
UPDATE near_duplicates SET article_current = FALSE WHERE article_id IN (SELECT id FROM articles WHERE superseded_by IS NOT NULL);
UPDATE near_duplicates SET article_seq = (SELECT a.seq FROM articles a WHERE a.id = near_duplicates.article_id);
CREATE INDEX near_duplicates_current_copies ON near_duplicates (original_id, article_outlet, article_current, article_seq DESC);

-- The first texts (the articles that copy no stored one, and so keep signature bands), with their outlet and signature:
-- what a new article's band candidates are compared with, read from these narrow rows rather than from the articles'
-- rows, which hold each article's whole record (reading those grew costlier with the store; issue 10).
CREATE TABLE first_texts (
    id VARCHAR(64) PRIMARY KEY,
    outlet VARCHAR(1000) NOT NULL,
    signature ${blob} NOT NULL
);
INSERT INTO first_texts (id, outlet, signature)
    SELECT a.id, a.outlet, a.signature FROM articles a WHERE a.id IN (SELECT article_id FROM article_bands);
