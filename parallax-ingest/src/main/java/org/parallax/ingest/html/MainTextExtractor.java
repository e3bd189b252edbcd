package org.parallax.ingest.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text of a news article from its HTML page.
 *
 * <p><b>Output.</b> The article's body text: paragraphs in document order, each whitespace-normalised
 * on one line, separated by exactly one blank line ({@code "\n\n"}). Subheadings, list items and
 * quotations inside the body are paragraphs of their own. The headline ({@code h1}) is left out; it
 * is metadata. An embedded tweet is one paragraph in Twitter's embed text form,
 * {@code "<text> <links> — Name (@handle) Month D, YYYY"}. Navigation, advertisements, related-story
 * links, comments, share widgets, figures with their captions and credits are left out.
 *
 * <p><b>How.</b> The page is cut into text blocks as a browser breaks lines ({@link BlockSegmenter}),
 * skipping elements whose tag, role or class marks them as page furniture ({@link BoilerplateRules});
 * teasers of other stories are marked ({@link TeaserDetector}); the element whose blocks weigh most,
 * running text for and links, teasers and scraps against, is taken as the article's container
 * ({@link ContainerLocator}); the container's blocks are then filtered of link lists, scraps and
 * title repeats ({@link ParagraphSelector}). No rule names a site.
 *
 * <p><b>Why not a library.</b> Readability4J (a port of an old Readability.js) scores clearly lower
 * on the public article-extraction benchmark, mostly for want of precision, and its plain text has
 * no paragraph structure; boilerpipe is published lower still and is unmaintained (figures in
 * {@code docs/extraction.md}). Hand-written heuristics over jsoup are small, deterministic, several
 * times faster, and every decision they take can be explained.
 *
 * <p><b>Empty.</b> {@link Optional#empty()} when the page has no body or the text found is shorter than
 * {@value #MIN_ARTICLE_WORDS} words, or has no paragraph of running text at all (a page of
 * navigation only).
 *
 * <p>Instances hold no mutable state: one instance may serve many threads at once. The page passed in
 * is only read, never modified.
 */
public final class MainTextExtractor {

    /** Fewest words an extracted text needs to count as an article. */
    public static final int MIN_ARTICLE_WORDS = 25;

    /** Creates an extractor. */
    public MainTextExtractor() {
        // stateless
    }

    /**
     * The article's main text.
     *
     * @param page a parsed HTML page
     * @return the text, paragraphs separated by one blank line; empty when the page holds no article
     */
    public Optional<String> extract(Document page) {
        // not page.body(), which would add a missing <body> to the caller's document
        Element body = page.getElementsByTag("body").first();
        if (body == null) {
            return Optional.empty();
        }
        List<TextBlock> blocks = TeaserDetector.mark(BlockSegmenter.segment(body));
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        Element container = ContainerLocator.locate(blocks, body);
        List<String> paragraphs = ParagraphSelector.select(blocks, container, page.title());
        int words = 0;
        boolean running = false;
        for (String paragraph : paragraphs) {
            int n = BlockSegmenter.countWords(paragraph);
            words += n;
            running |= n >= ContainerLocator.MIN_PARAGRAPH_WORDS;
        }
        if (words < MIN_ARTICLE_WORDS || !running) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n\n", paragraphs));
    }
}
