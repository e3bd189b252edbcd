package org.parallax.language.text;

/** Turns text into a {@link ParsedText}. Implementations load their models once and are thread-safe. */
public interface TextParser {

    ParsedText parse(String text);
}
