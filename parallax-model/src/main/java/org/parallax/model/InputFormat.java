package org.parallax.model;

/** The kinds of input Parallax reads. */
public enum InputFormat {
    TEXT,
    HTML,
    FEED,
    WARC,
    JSON_LINES
}
