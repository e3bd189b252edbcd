package org.parallax.ingest;

import org.parallax.model.InputProblem;

/**
 * Receives what readers find: article drafts, and problems with parts of an input (one broken
 * record of an archive, one bad line of a JSON Lines file) while the rest of it goes on.
 */
public interface ArticleSink {

    void article(ArticleDraft draft);

    void problem(InputProblem problem);
}
