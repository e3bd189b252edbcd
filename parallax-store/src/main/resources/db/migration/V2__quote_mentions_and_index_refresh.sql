-- Issue 10: the slow questions and the incremental account.

-- The per-article entities mentioned inside each quote, written with the article, so that "what did X
-- say about Y" and "who spoke about X" are lookups by member instead of a range join of mentions to
-- quotes. Filled here for the articles stored before.
CREATE TABLE quote_mentions (
    article_id VARCHAR(64) NOT NULL,
    quote_position INTEGER NOT NULL,
    speaker_member VARCHAR(100),
    member VARCHAR(100) NOT NULL,
    PRIMARY KEY (article_id, quote_position, member)
);
CREATE INDEX quote_mentions_member ON quote_mentions (member);
CREATE INDEX quote_mentions_speaker ON quote_mentions (speaker_member);

INSERT INTO quote_mentions (article_id, quote_position, speaker_member, member)
    SELECT DISTINCT q.article_id, q.position, q.speaker_member, m.member FROM quotes q
    JOIN mentions m ON m.article_id = q.article_id AND m.begin_offset >= q.begin_offset AND m.end_offset <= q.end_offset
    WHERE m.member IS NOT NULL;

-- Articles whose search documents are to be rewritten because the account changed what it says of
-- them (their entities, speakers or stories); written with the account, cleared once the index holds them.
CREATE TABLE index_refresh (
    article_id VARCHAR(64) PRIMARY KEY
);
