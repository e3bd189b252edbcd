-- Parallax store, schema 4 (issue 10: incremental ingest at the cost of the new articles). The embeddings
-- the cross-article layer computed for texts (article leads, summary sentences, claim sentences, event
-- contexts), keyed by the SHA-256 of the model's name and the text (64 hexadecimal digits): a text's
-- embedding never changes, so an incremental ingest looks the stored articles' texts up here and embeds
-- only its own. "vector" is the embedding as 32-bit floats, little-endian (4 bytes a dimension), exactly
-- as the model gave it, so a cached run decides as an uncached one.

CREATE TABLE text_embeddings (
    text_key VARCHAR(64) PRIMARY KEY,
    vector ${blob} NOT NULL
);
