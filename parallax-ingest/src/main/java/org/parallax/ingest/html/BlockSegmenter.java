package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Cuts a page into {@link TextBlock}s the way a browser breaks lines: a block-level element
 * ({@code p}, {@code div}, {@code li}, {@code h2}, …) starts and ends a block, inline elements
 * ({@code a}, {@code span}, {@code em}, …) flow into the block around them, and two {@code <br>} in a
 * row end a block. Elements {@link BoilerplateRules} rejects are skipped with all they hold, except
 * that an embedded tweet inside them is still kept.
 *
 * <p>The page is only read, never changed. One instance serves one page on one thread; create a new
 * one per call.
 */
final class BlockSegmenter {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
            "fieldset", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
            "legend", "html");

    /**
     * Share of the page's plain text (less that of cookie boxes and other overlays, which can hold
     * more text than the article) above which an element is kept even though its class or id names
     * page furniture: layout wrappers called {@code page-ad-margins}, {@code with-sidebar} or
     * {@code widget-wrap} can hold the whole article.
     */
    private static final double VETO_SHARE = 0.4;

    /** Dialogs, cookie and consent boxes: what is laid over a page rather than part of it. */
    private static final String OVERLAYS = "dialog, [role=dialog], [role=alertdialog], [id*=cookie], [class*=cookie],"
            + " [id*=consent], [class*=consent], [id*=gdpr], [class*=gdpr]";

    /** Skipped elements that, although not in {@link #BLOCK_TAGS}, still break the text around them. */
    private static final Set<String> SEPARATING_TAGS = Set.of(
            "nav", "aside", "footer", "header", "figure", "figcaption", "dialog", "menu", "iframe", "video",
            "audio", "picture", "canvas", "object", "embed", "noscript", "template", "select", "textarea");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private final Set<Element> tweetAncestors;
    /** Plain (non-link) text characters under each element. */
    private final Map<Element, Integer> textSizes;
    /** Elements holding at least this much plain text are not dropped for their class or id. */
    private final int vetoSize;
    private int linkDepth;
    private int linkChars;
    private int chars;
    /** Buffer length just after the last {@code <br>}, or -1 when the last thing seen was not one. */
    private int afterBreak = -1;

    private BlockSegmenter(Set<Element> tweetAncestors, Map<Element, Integer> textSizes, int rootSize) {
        this.tweetAncestors = tweetAncestors;
        this.textSizes = textSizes;
        this.vetoSize = Math.max(1, (int) (rootSize * VETO_SHARE));
    }

    /**
     * The text blocks of a subtree in document order.
     *
     * @param root the element to cut, usually the page's {@code <body>}
     * @return the blocks, none of them blank
     */
    static List<TextBlock> segment(Element root) {
        Elements tweets = root.select(TweetEmbeds.SELECTOR);
        Set<Element> ancestors;
        if (tweets.isEmpty()) {
            ancestors = Collections.emptySet();
        } else {
            ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element tweet : tweets) {
                for (Element e = tweet.parent(); e != null && ancestors.add(e); e = e.parent()) {
                    // walk up until the root or an ancestor already recorded
                }
            }
        }
        Map<Element, Integer> sizes = new IdentityHashMap<>();
        int rootSize = measure(root, sizes, false) - overlaySize(root, sizes);
        BlockSegmenter segmenter = new BlockSegmenter(ancestors, sizes, rootSize);
        segmenter.visit(root, root);
        segmenter.flush(root);
        return segmenter.blocks;
    }

    private void visit(Element element, Element owner) {
        if (TweetEmbeds.isTweet(element)) {
            flush(owner);
            String text = TweetEmbeds.render(element);
            if (!text.isEmpty()) {
                blocks.add(new TextBlock(text, element, TextBlock.Kind.TWEET, countWords(text), 0, nonSpace(text)));
            }
            return;
        }
        String tag = element.normalName();
        BoilerplateRules.Verdict verdict = BoilerplateRules.judge(element);
        boolean skip = switch (verdict) {
            case CONTENT -> false;
            case MAYBE_FURNITURE -> textSizes.getOrDefault(element, 0) < vetoSize;
            case FURNITURE, NEVER_TEXT -> true;
        };
        if (skip) {
            if (verdict != BoilerplateRules.Verdict.NEVER_TEXT && tweetAncestors.contains(element)) {
                // furniture around an embedded tweet (a "social embed" wrapper): keep the tweets only
                flush(owner);
                for (Element tweet : element.select(TweetEmbeds.SELECTOR)) {
                    visit(tweet, owner);
                }
            } else if (BLOCK_TAGS.contains(tag) || SEPARATING_TAGS.contains(tag)) {
                // a skipped block-level element still separates the text around it
                flush(owner);
            }
            return;
        }
        if (tag.equals("br")) {
            lineBreak(owner);
            return;
        }
        if ((tag.equals("td") || tag.equals("th")) && !holdsBlocks(element)) {
            // a simple table cell: the row is the block, cells are separated by a space
            append(" ");
            visitChildren(element, owner);
            append(" ");
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        boolean link = tag.equals("a");
        if (block) {
            flush(owner);
            visitChildren(element, element);
            flush(element);
        } else {
            if (link) {
                linkDepth++;
            }
            visitChildren(element, owner);
            if (link) {
                linkDepth--;
            }
        }
    }

    /** Whether a table cell holds block-level elements (a layout table) rather than a value. */
    private static boolean holdsBlocks(Element cell) {
        for (Element child : cell.children()) {
            String tag = child.normalName();
            if (!tag.equals("br") && BLOCK_TAGS.contains(tag) || holdsBlocks(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plain text of the dialogs, cookie and consent boxes laid over the page: furniture that can
     * hold more text than the article, and so is not counted in the page's size.
     */
    private static int overlaySize(Element root, Map<Element, Integer> sizes) {
        Set<Element> overlays = Collections.newSetFromMap(new IdentityHashMap<>());
        overlays.addAll(root.select(OVERLAYS));
        int size = 0;
        for (Element overlay : overlays) {
            if (overlay.parents().stream().noneMatch(overlays::contains)) {
                size += sizes.getOrDefault(overlay, 0);
            }
        }
        return size;
    }

    /**
     * Counts the plain text characters (spaces and link text excluded) under an element, recording
     * the count of every element on the way.
     */
    private static int measure(Element element, Map<Element, Integer> sizes, boolean inLink) {
        if (BoilerplateRules.isNeverText(element)) {
            return 0;
        }
        boolean link = inLink || element.normalName().equals("a");
        int size = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                if (!link) {
                    size += nonSpace(textNode.getWholeText());
                }
            } else if (child instanceof Element childElement) {
                size += measure(childElement, sizes, link);
            }
        }
        sizes.put(element, size);
        return size;
    }

    private void visitChildren(Element element, Element owner) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (child instanceof Element childElement) {
                visit(childElement, owner);
            }
        }
    }

    private void append(String text) {
        int added = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!TextNormaliser.isSpace(text.charAt(i))) {
                added++;
            }
        }
        if (added > 0) {
            afterBreak = -1;
        }
        buffer.append(text);
        chars += added;
        if (linkDepth > 0) {
            linkChars += added;
        }
    }

    private void lineBreak(Element owner) {
        if (afterBreak >= 0) {
            // a second <br> with nothing but spaces since the first: a paragraph break
            flush(owner);
            return;
        }
        buffer.append('\n');
        afterBreak = buffer.length();
    }

    private void flush(Element owner) {
        afterBreak = -1;
        if (chars == 0) {
            buffer.setLength(0);
            linkChars = 0;
            return;
        }
        String text = TextNormaliser.normalise(buffer);
        buffer.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new TextBlock(text, owner, kindOf(owner), countWords(text), linkChars, chars));
        }
        linkChars = 0;
        chars = 0;
    }

    private static TextBlock.Kind kindOf(Element owner) {
        for (Element e = owner; e != null; e = e.parent()) {
            switch (e.normalName()) {
                case "h1":
                    return TextBlock.Kind.TITLE;
                case "h2", "h3", "h4", "h5", "h6":
                    return TextBlock.Kind.HEADING;
                case "p", "li", "td", "th", "div", "section", "article", "blockquote", "body", "main":
                    return TextBlock.Kind.TEXT;
                default:
                    break;
            }
        }
        return TextBlock.Kind.TEXT;
    }

    /**
     * The length of a normalised text in words: space-separated tokens holding a letter or digit,
     * plus one word per two Chinese or Japanese characters and per four Thai, Lao, Khmer or Burmese
     * characters, scripts written without spaces between words.
     *
     * @param normalised text with single spaces
     * @return the approximate number of words
     */
    static int countWords(String normalised) {
        int words = 0;
        int ideographs = 0;
        int syllables = 0;
        boolean wordChar = false;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == ' ') {
                if (wordChar) {
                    words++;
                }
                wordChar = false;
            } else if (c < '\u0E00') {
                wordChar |= Character.isLetterOrDigit(c);
            } else {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                switch (script) {
                    case HAN, HIRAGANA, KATAKANA -> ideographs++;
                    case THAI, LAO, KHMER, MYANMAR -> syllables++;
                    default -> wordChar |= Character.isLetterOrDigit(c);
                }
            }
        }
        if (wordChar) {
            words++;
        }
        return words + (ideographs + 1) / 2 + (syllables + 3) / 4;
    }

    private static int nonSpace(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!TextNormaliser.isSpace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
