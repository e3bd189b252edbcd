-- Parallax store, schema 7 (issue 10: an ingest reads only the part of the account its articles touch). Indexes that
-- serve the cross-article layer's incremental step the entities, stories and events it needs, instead of the whole
-- account: each entity's name keys (a 64-bit hash of each key through which the entity resolver may join an added
-- name to it; a hash shared by two keys only brings one entity more), each story's cast, each event's articles.
-- "timeline_rank" orders the events by their dates (earlier first; a longer period before the shorter ones it starts
-- with; undated last); "position" then keeps the order in which they joined. A story's "position" is its number from
-- now on. The rows of the stores kept before this schema are filled once, when such a store is next opened
-- ("account_index" in store_state says whether that was done).

CREATE TABLE entity_keys (
    entity_id VARCHAR(64) NOT NULL,
    entity_key BIGINT NOT NULL,
    PRIMARY KEY (entity_id, entity_key)
);
CREATE INDEX entity_keys_key ON entity_keys (entity_key);

CREATE TABLE story_entities (
    story_id VARCHAR(64) NOT NULL,
    entity_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (story_id, entity_id)
);
CREATE INDEX story_entities_entity ON story_entities (entity_id);

CREATE TABLE event_articles (
    event_id VARCHAR(64) NOT NULL,
    article_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_articles_article ON event_articles (article_id);

ALTER TABLE events ADD COLUMN timeline_rank BIGINT;
CREATE INDEX events_timeline ON events (timeline_rank, position);
CREATE INDEX stories_position ON stories (position);
CREATE INDEX entities_position ON entities (position);

INSERT INTO store_state (name, number) VALUES ('account_index', 0);
