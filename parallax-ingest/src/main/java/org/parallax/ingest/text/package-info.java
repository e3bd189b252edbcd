/**
 * Plain text: reading text files with their leading metadata, and cleaning article text of what
 * is not the article (related links, disclaimers, credits, share lines) in every format.
 */
package org.parallax.ingest.text;
