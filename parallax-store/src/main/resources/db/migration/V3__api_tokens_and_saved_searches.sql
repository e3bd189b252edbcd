-- Parallax store, schema 3 (issue 11: the server). API tokens, kept only as the SHA-256 of their secret, and
-- saved searches, whose Atom feed lists the articles stored after "stored_before" that match "query".

CREATE TABLE api_tokens (
    name VARCHAR(200) PRIMARY KEY,
    secret_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE saved_searches (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name VARCHAR(1000) NOT NULL,
    query VARCHAR(100000) NOT NULL,
    made_by VARCHAR(200) NOT NULL,
    made_at TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_before BIGINT NOT NULL
);
