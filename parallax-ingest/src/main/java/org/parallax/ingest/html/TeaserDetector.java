package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds teasers: the short summaries that lists of other stories show under each linked headline
 * ("more from opinion", "latest news"). Their sentences read like article text, so text density
 * alone would take them for part of the article.
 *
 * <p>A teaser lives in a <em>card</em>: an element repeated at least {@value #MIN_REPEATS} times
 * among its siblings with the same tag and class (the {@code li} of a list, the {@code article} of a
 * river of stories), that opens with a linked headline of {@value #MIN_HEADLINE_WORDS} words or more
 * (or holds a linked {@code h1}–{@code h6}, possibly in a {@code header} the blocks leave out), and
 * whose text is short: at most {@value #MAX_CARD_WORDS} words in at most
 * {@value #MAX_CARD_PARAGRAPHS} paragraphs. The card's running-text blocks are teasers. An article's
 * own paragraphs are cards of one block each and never qualify.
 *
 * <p>Stateless and thread-safe; each call keeps its own caches.
 */
final class TeaserDetector {

    /** Fewest same-tag, same-class siblings (the element included) for an element to be a card. */
    static final int MIN_REPEATS = 3;
    /** Fewest words of the linked headline that opens a card. */
    static final int MIN_HEADLINE_WORDS = 3;
    /** Most words a card may hold. */
    static final int MAX_CARD_WORDS = 120;
    /** Most paragraphs of running text a card may hold. */
    static final int MAX_CARD_PARAGRAPHS = 3;
    /** How far up from a block's element a card is looked for. */
    private static final int MAX_LEVELS = 6;

    private TeaserDetector() {
    }

    /**
     * The blocks with every teaser's kind changed to {@link TextBlock.Kind#TEASER}.
     *
     * @param blocks a page's blocks in document order
     * @return a new list, same length and order
     */
    static List<TextBlock> mark(List<TextBlock> blocks) {
        Map<Element, Boolean> repeated = new IdentityHashMap<>();
        Map<Element, List<Integer>> cards = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Element card = cardOf(blocks.get(i).owner(), repeated);
            if (card != null) {
                List<Integer> members = cards.get(card);
                if (members == null) {
                    members = new ArrayList<>();
                    cards.put(card, members);
                    order.add(card);
                }
                members.add(i);
            }
        }
        List<TextBlock> marked = new ArrayList<>(blocks);
        for (Element card : order) {
            List<Integer> members = cards.get(card);
            if (!isTeaserCard(card, blocks, members)) {
                continue;
            }
            for (int i : members) {
                TextBlock block = blocks.get(i);
                if (block.kind() == TextBlock.Kind.TEXT) {
                    marked.set(i, new TextBlock(block.text(), block.owner(), TextBlock.Kind.TEASER,
                            block.words(), block.linkChars(), block.chars()));
                }
            }
        }
        return marked;
    }

    private static boolean isTeaserCard(Element card, List<TextBlock> blocks, List<Integer> members) {
        int words = 0;
        int text = 0;
        for (int i : members) {
            TextBlock block = blocks.get(i);
            words += block.words();
            if (block.kind() == TextBlock.Kind.TWEET) {
                return false;
            }
            if (block.kind() == TextBlock.Kind.TEXT && block.linkDensity() <= 0.5) {
                text++;
            }
        }
        if (words > MAX_CARD_WORDS || text == 0 || text > MAX_CARD_PARAGRAPHS) {
            return false;
        }
        TextBlock first = blocks.get(members.get(0));
        if (first.linkDensity() > 0.5 && first.words() >= MIN_HEADLINE_WORDS) {
            return true;
        }
        // the headline may sit in an element left out of the blocks, e.g. the card's <header>
        for (Element heading : card.select("h1 a, h2 a, h3 a, h4 a, h5 a, h6 a, a h1, a h2, a h3, a h4, a h5, a h6")) {
            if (BlockSegmenter.countWords(TextNormaliser.normalise(heading.text())) >= MIN_HEADLINE_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The nearest element at or above {@code owner} that repeats among its siblings, or null. */
    private static Element cardOf(Element owner, Map<Element, Boolean> repeated) {
        Element e = owner;
        for (int level = 0; level < MAX_LEVELS && e != null; level++) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return null;
            }
            if (repeated.computeIfAbsent(e, TeaserDetector::repeats)) {
                return e;
            }
            e = e.parent();
        }
        return null;
    }

    private static boolean repeats(Element element) {
        Element parent = element.parent();
        if (parent == null) {
            return false;
        }
        String tag = element.normalName();
        String className = element.className();
        int same = 0;
        for (Element sibling : parent.children()) {
            if (sibling.normalName().equals(tag) && sibling.className().equals(className)
                    && ++same >= MIN_REPEATS) {
                return true;
            }
        }
        return false;
    }
}
