-- Parallax store, schema 8 (issue 10: an ingest reads a bounded part of the account however large the store grows).
-- The entity resolver meets variant names through blocking keys (a surname's skeleton, the first letters of each
-- token); a block of more than 32 forms it sorts and pairs each form only with the 8 next ones (sorted
-- neighbourhood). Such keys' rows move here from entity_keys, with the form that gives each (its UTF-8 bytes,
-- whose byte order is the forms' order), so that an ingest reads of a large block only the entities whose forms lie
-- within 8 of an added form's on either side, instead of every entity of the block (a common surname's prefix
-- brought most of the store's entities into each ingest). entity_keys keeps the other keys (same names,
-- countries, one-token names, organisation heads, metonyms); the blocking keys' rows that stores kept there
-- before this schema are no longer looked up. The rows of the entities stored before this schema are filled once,
-- when such a store is next opened ("account_block_forms" in store_state says whether that was done).

CREATE TABLE entity_block_forms (
    entity_id VARCHAR(64) NOT NULL,
    entity_key BIGINT NOT NULL,
    form ${blob} NOT NULL,
    PRIMARY KEY (entity_id, entity_key, form)
);
CREATE INDEX entity_block_forms_key ON entity_block_forms (entity_key, form);

INSERT INTO store_state (name, number) VALUES ('account_block_forms', 0);

-- An ingest rewrites the entities and stories it changes: their names and claims were found by scanning the whole
-- tables (no index led from an entity to its names or from a story to its claims), a cost that grew with the store
-- (bench growth, docs/performance.md); the story pages' claims are read by story too.
CREATE INDEX entity_names_entity ON entity_names (entity_id);
CREATE INDEX claims_story ON claims (story_id);
