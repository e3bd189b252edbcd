-- Parallax store, schema 1. The same migration runs on H2 (embedded, in PostgreSQL mode) and on
-- PostgreSQL; ${blob} is the one type they spell differently (H2: BINARY VARYING, kept in the row rather
-- than as a separate large object, which is several times slower; PostgreSQL: BYTEA).
-- Records are the model's own, as compressed JSON (column "record"); the other columns are what
-- questions filter, join and count on.

CREATE TABLE articles (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id VARCHAR(64) NOT NULL UNIQUE,
    identity_key VARCHAR(64) NOT NULL UNIQUE,
    content_hash VARCHAR(64) NOT NULL,
    url VARCHAR(4000),
    title VARCHAR(4000),
    outlet VARCHAR(1000) NOT NULL,
    published DATE,
    format VARCHAR(16) NOT NULL,
    source VARCHAR(4000) NOT NULL,
    superseded_by VARCHAR(64),
    signature ${blob} NOT NULL,
    record ${blob} NOT NULL,
    stored_bytes INTEGER NOT NULL,
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_content ON articles (content_hash);
CREATE INDEX articles_outlet ON articles (outlet);

-- Locality-sensitive bands of each article's MinHash signature: articles sharing a band are near-duplicate candidates.
CREATE TABLE article_bands (
    band BIGINT NOT NULL,
    article_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (band, article_id)
);

-- An article that copies (syndicated wire copy) or updates (same address, new text) an earlier one.
CREATE TABLE near_duplicates (
    article_id VARCHAR(64) NOT NULL,
    original_id VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    similarity DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, original_id)
);
CREATE INDEX near_duplicates_original ON near_duplicates (original_id);

-- Quotes and mentions, one row each, pointing into their article's text; "member" is the article's own
-- entity id (<article>/e<n>), stable across reanalysis, resolved through entity_members.
CREATE TABLE quotes (
    article_id VARCHAR(64) NOT NULL,
    position INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    speaker_member VARCHAR(100),
    speaker_text VARCHAR(4000),
    quote_text VARCHAR(100000) NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX quotes_speaker ON quotes (speaker_member);

CREATE TABLE mentions (
    article_id VARCHAR(64) NOT NULL,
    position INTEGER NOT NULL,
    member VARCHAR(100),
    type VARCHAR(32) NOT NULL,
    mention_text VARCHAR(4000) NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX mentions_member ON mentions (member);

CREATE TABLE outlets (
    name VARCHAR(1000) PRIMARY KEY,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE problems (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    input VARCHAR(4000) NOT NULL,
    position VARCHAR(1000),
    category VARCHAR(32) NOT NULL,
    message VARCHAR(100000) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The cross-article account, replaced as a whole each time it is recomputed (corrections reapplied).
CREATE TABLE entities (
    id VARCHAR(64) PRIMARY KEY,
    position INTEGER NOT NULL,
    name VARCHAR(4000) NOT NULL,
    type VARCHAR(32) NOT NULL,
    record ${blob} NOT NULL
);

CREATE TABLE entity_names (
    entity_id VARCHAR(64) NOT NULL,
    name VARCHAR(4000) NOT NULL
);
CREATE INDEX entity_names_name ON entity_names (name);

CREATE TABLE entity_members (
    member VARCHAR(100) PRIMARY KEY,
    entity_id VARCHAR(64) NOT NULL
);
CREATE INDEX entity_members_entity ON entity_members (entity_id);

CREATE TABLE events (
    id VARCHAR(64) PRIMARY KEY,
    position INTEGER NOT NULL,
    event_date VARCHAR(64),
    record ${blob} NOT NULL
);

CREATE TABLE event_participants (
    event_id VARCHAR(64) NOT NULL,
    entity_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX event_participants_entity ON event_participants (entity_id);

CREATE TABLE stories (
    id VARCHAR(64) PRIMARY KEY,
    position INTEGER NOT NULL,
    title VARCHAR(4000) NOT NULL,
    article_count INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    record ${blob} NOT NULL
);

CREATE TABLE story_articles (
    story_id VARCHAR(64) NOT NULL,
    article_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

CREATE TABLE claims (
    id VARCHAR(64) PRIMARY KEY,
    story_id VARCHAR(64) NOT NULL,
    statement VARCHAR(100000) NOT NULL,
    coverage VARCHAR(16) NOT NULL,
    record ${blob} NOT NULL
);

-- Corrections by people, in the order made; reapplied to every recomputed account. Their subjects are
-- stable keys (an article's own entity id, an article id), so they survive renumbering.
CREATE TABLE corrections (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind VARCHAR(32) NOT NULL,
    subject VARCHAR(4000) NOT NULL,
    argument VARCHAR(100000) NOT NULL,
    description VARCHAR(4000) NOT NULL,
    made_by VARCHAR(200) NOT NULL,
    made_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Counters: "generation" goes up with every change to the cross-article account, so search indexes
-- know to refresh the entity, speaker and story fields of their documents.
CREATE TABLE store_state (
    name VARCHAR(64) PRIMARY KEY,
    number BIGINT NOT NULL
);
INSERT INTO store_state (name, number) VALUES ('generation', 0);
