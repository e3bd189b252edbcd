package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses, among the blocks inside the article's container, those that are the article's text.
 * It drops:
 * <ul>
 *   <li>the title heading, and any block that repeats it (an {@code h1}'s text, or the start of the
 *       page's {@code <title>});</li>
 *   <li>teasers of other stories and blocks that are mostly links (related stories, tag lists,
 *       "read more") unless they still read as a sentence ({@link TextBlock#isLinkedSentence()});</li>
 *   <li>short scraps that news pages scatter through their text: advertisement labels, share
 *       prompts, picture credits and counters, datelines, "posted by" and "tags:" lines, text
 *       without a single word, markup leaked as text;</li>
 *   <li>short invitations to subscribe, follow or accept cookies;</li>
 *   <li>headings left without text under them ("Related content" over a dropped link list).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ParagraphSelector {

    /** Scraps recognised by their words, only ever tested on blocks of at most {@link #SCRAP_MAX_WORDS}. */
    private static final Pattern SCRAP = Pattern.compile(
            "(?i)^(?:advertisement|advertising|advert|anzeige|publicidad|publicité|pubblicità|sponsored|ad"
                    + "|story continues below|article continues below|continue reading|read more|read next|more"
                    + "|related|related (?:articles?|stories|content|posts|news)|recommended|you may also like"
                    + "|highlights|key points|share|share this|share this (?:article|story)|share on \\w+"
                    + "|tweet|email|print|comments?|sign up|subscribe|follow us|click here|listen|watch|loading"
                    + "|loading content|close|image|photo|video"
                    + "|(?:photo|image|picture|video)\\s*(?:credit)?:.*|(?:ap|getty images|reuters|afp)(?: photo)?"
                    + "|(?:image|photo|picture|slide)\\s+\\d+\\s+(?:of|/)\\s+\\d+"
                    + "|(?:by|von|par|por)\\s.*|(?:updated|published|posted|last updated)\\b.*"
                    + "|\\d+ min(?:ute)?s? read|copyright\\b.*|©.*"
                    + "|(?:tags|categories|category|filed under|topics)\\s*:.*"
                    + "|.*\\b(?:posted|published|written|publicado|publicada|publié|publiée|veröffentlicht|pubblicato)"
                    + "\\s+(?:by|on|por|em|par|le|von|am|da|il)\\b.*"
                    + ")\\W*$");

    /** Invitations to subscribe, follow or accept cookies, only tested on blocks of at most {@link #PROMO_MAX_WORDS}. */
    private static final Pattern PROMO = Pattern.compile(
            "(?i).*\\b(?:uses cookies|cookie settings|cookie policy|allow cookies|sign up (?:for|to)|subscribe (?:to|for|now)"
                    + "|newsletter|follow (?:us|him|her|them) on|join our|delivered (?:to|through) your)\\b.*");

    /** Markup that a broken page shows as text, e.g. an escaped tracking {@code <img>}. */
    private static final Pattern LEAKED_MARKUP = Pattern.compile("^<[a-zA-Z][^<>]*>(?:.*</?[a-zA-Z][^<>]*>)?$");

    /** Blocks at most this long may be dropped as scraps. */
    private static final int SCRAP_MAX_WORDS = 12;

    /** Blocks at most this long may be dropped as invitations. */
    private static final int PROMO_MAX_WORDS = 40;

    private ParagraphSelector() {
    }

    /**
     * The paragraphs of the article.
     *
     * @param blocks    all blocks of the page, in document order
     * @param container the element holding the article, see {@link ContainerLocator}
     * @param pageTitle the page's {@code <title>}, possibly empty
     * @return the article's paragraphs in document order, each on one line
     */
    static List<String> select(List<TextBlock> blocks, Element container, String pageTitle) {
        Set<String> titles = new HashSet<>();
        for (TextBlock block : blocks) {
            if (block.kind() == TextBlock.Kind.TITLE) {
                titles.add(block.text().toLowerCase(Locale.ROOT));
            }
        }
        String title = TextNormaliser.normalise(pageTitle).toLowerCase(Locale.ROOT);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (isInside(block.owner(), container) && keep(block) && !repeatsTitle(block, titles, title)) {
                kept.add(block);
            }
        }
        List<String> paragraphs = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            TextBlock block = kept.get(i);
            boolean orphanHeading = block.kind() == TextBlock.Kind.HEADING
                    && (i + 1 == kept.size() || kept.get(i + 1).kind() == TextBlock.Kind.HEADING);
            if (!orphanHeading) {
                paragraphs.add(block.text());
            }
        }
        return paragraphs;
    }

    /**
     * Whether a block inside the container is article text, judged on the block alone.
     *
     * @param block a block inside the container
     * @return false for the title, teasers, link lists, scraps and invitations
     */
    static boolean keep(TextBlock block) {
        switch (block.kind()) {
            case TWEET:
                return true;
            case TITLE, TEASER:
                return false;
            default:
                break;
        }
        if (block.words() == 0 || block.linkDensity() > 0.5 && !block.isLinkedSentence()
                || LEAKED_MARKUP.matcher(block.text()).matches()) {
            return false;
        }
        if (block.words() <= SCRAP_MAX_WORDS && SCRAP.matcher(block.text()).matches()) {
            return false;
        }
        return block.words() > PROMO_MAX_WORDS || !PROMO.matcher(block.text()).matches();
    }

    /** Whether a block repeats the headline: the text of an {@code h1}, or the start of the page title. */
    private static boolean repeatsTitle(TextBlock block, Set<String> titles, String pageTitle) {
        if (block.kind() == TextBlock.Kind.TWEET || block.words() > SCRAP_MAX_WORDS * 3) {
            return false;
        }
        String text = block.text().toLowerCase(Locale.ROOT);
        return titles.contains(text) || block.words() >= 3 && pageTitle.startsWith(text);
    }

    private static boolean isInside(Element element, Element container) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }
}
