/**
 * The one pipeline API that the command line, the server and the cluster job call: inputs are
 * read, analysed by the language layer and handed to an {@link org.parallax.pipeline.ArticleDestination}
 * (a store, or memory) batch by batch, then the cross-article layer runs over what the destination
 * holds. One article that fails in any layer becomes an {@link org.parallax.model.InputProblem}; the
 * rest goes on.
 */
package org.parallax.pipeline;
