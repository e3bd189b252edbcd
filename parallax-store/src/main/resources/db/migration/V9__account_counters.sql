-- Parallax store, schema 9 (issue 10: what an incremental ingest asks of the account does not grow with the store).
-- An ingest numbers its new entities, events, stories and claims after the store's highest (e<n>, v<n>, s<n>, c<n>):
-- that was found by sorting every id of each table. "id_number" is an id's number (NULL for an id not of that form)
-- and its index gives the highest at once. An ingest is joined to the account unless it adds more articles than the
-- account covers, and only while the account covers no article an update superseded: both were counted over every
-- story's articles. store_state now keeps both counts, changed with the stories' articles by what changed
-- ("account_articles": the distinct articles of story_articles; "account_superseded": those of them superseded).
-- The rows and counts of stores kept before this schema are filled once, when such a store is next opened
-- ("account_id_numbers" 0, the counts -1).

ALTER TABLE entities ADD COLUMN id_number INTEGER;
ALTER TABLE events ADD COLUMN id_number INTEGER;
ALTER TABLE stories ADD COLUMN id_number INTEGER;
ALTER TABLE claims ADD COLUMN id_number INTEGER;
CREATE INDEX entities_id_number ON entities (id_number);
CREATE INDEX events_id_number ON events (id_number);
CREATE INDEX stories_id_number ON stories (id_number);
CREATE INDEX claims_id_number ON claims (id_number);

INSERT INTO store_state (name, number) VALUES ('account_id_numbers', 0);
INSERT INTO store_state (name, number) VALUES ('account_articles', -1);
INSERT INTO store_state (name, number) VALUES ('account_superseded', -1);
