package org.parallax.ingest;

import java.io.IOException;

/**
 * Reads one kind of input into article drafts.
 *
 * <p>Contract: every article found goes to {@link ArticleSink#article}; a broken part of an input
 * that holds many articles (a record, an item, a line) goes to {@link ArticleSink#problem} and
 * reading goes on; an input that is unusable as a whole throws {@link BadInputException}. Readers
 * are stateless and safe to share between threads.
 */
public interface FormatReader {

    void read(Input input, ArticleSink sink) throws IOException, BadInputException;
}
