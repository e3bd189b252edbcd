package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article: the subtree whose text blocks weigh most, where
 * running text counts for the article and link lists and scraps count against it.
 *
 * <p>Each block gets a weight: a block of running text ({@value #MIN_PARAGRAPH_WORDS} words or
 * more) weighs its words not inside links, less its words inside links; a block that is mostly
 * links weighs minus its words, or nothing when it still reads as a sentence
 * ({@link TextBlock#isLinkedSentence()}); a short scrap weighs a little less than nothing; headings nothing;
 * an embedded tweet its words; a teaser of another story minus half its words. An element's score is the sum of the weights of the blocks inside
 * it, and the container is the element with the highest score (the deepest one on a tie). Because
 * every element's score covers its whole subtree, the container grows to take in article parts
 * that ads or pictures separate, and stops before a sidebar or a list of links, whose weight is
 * negative.
 *
 * <p>Stateless and thread-safe.
 */
final class ContainerLocator {

    /** Fewest words for a block to count as running text rather than a scrap. */
    static final int MIN_PARAGRAPH_WORDS = 10;

    private ContainerLocator() {
    }

    /**
     * The weight of one block toward the score of the elements holding it.
     *
     * @param block a text block
     * @return positive for article-like text, negative for links and scraps
     */
    static double weight(TextBlock block) {
        switch (block.kind()) {
            case TWEET:
                return block.words();
            case HEADING:
            case TITLE:
                return 0;
            case TEASER:
                return -0.5 * block.words();
            default:
                break;
        }
        double density = block.linkDensity();
        if (density > 0.5) {
            return block.isLinkedSentence() ? 0 : -block.words();
        }
        if (block.words() < MIN_PARAGRAPH_WORDS) {
            // a short table row is data, neither for nor against
            return block.owner().normalName().equals("tr") ? 0 : -0.25 * block.words();
        }
        return block.words() * (1 - 2 * density);
    }

    /**
     * The element holding the article.
     *
     * @param blocks the page's blocks, in document order
     * @param root   the element the blocks were cut from
     * @return the highest-scoring element; {@code root} when nothing scores above zero
     */
    static Element locate(List<TextBlock> blocks, Element root) {
        // identity map for lookups, list for a deterministic (document-derived) iteration order
        Map<Element, Integer> index = new IdentityHashMap<>();
        List<Element> elements = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (TextBlock block : blocks) {
            double weight = weight(block);
            if (weight == 0) {
                continue;
            }
            for (Element e = block.owner(); e != null; e = e.parent()) {
                Integer i = index.get(e);
                if (i == null) {
                    i = elements.size();
                    index.put(e, i);
                    elements.add(e);
                    scores.add(new double[1]);
                }
                scores.get(i)[0] += weight;
                if (e == root) {
                    break;
                }
            }
        }
        Element best = root;
        double bestScore = 0;
        int bestDepth = -1;
        for (int i = 0; i < elements.size(); i++) {
            double score = scores.get(i)[0];
            if (score < bestScore) {
                continue;
            }
            int depth = depth(elements.get(i));
            if (score > bestScore || depth > bestDepth) {
                best = elements.get(i);
                bestScore = score;
                bestDepth = depth;
            }
        }
        return best;
    }

    private static int depth(Element element) {
        int depth = 0;
        for (Element e = element.parent(); e != null; e = e.parent()) {
            depth++;
        }
        return depth;
    }
}
