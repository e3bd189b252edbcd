package org.parallax.ingest.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element with its paragraphs kept: each block element ({@code p}, headings,
 * list items, quotes, {@code div}s, line breaks) ends a paragraph, each paragraph becomes one line,
 * and paragraphs are separated by a blank line. Scripts, styles and other non-text elements are
 * dropped. Stateless and thread-safe.
 *
 * <p>This is the plain rendering used where no boilerplate removal is wanted, e.g. a feed item's
 * content, which is the article body already.
 */
public final class HtmlParagraphs {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "section", "article", "aside", "header", "footer", "figure",
            "figcaption", "table", "tr", "td", "th", "br", "hr", "main", "nav", "address", "details", "summary");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "head", "button", "select", "input", "textarea", "form");

    private HtmlParagraphs() {
    }

    /**
     * The element's text, one paragraph per line, paragraphs separated by {@code "\n\n"}.
     *
     * @param root any element, e.g. a parsed document's body
     * @return the text, empty when the element holds none
     */
    public static String text(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.endParagraph();
        return collector.out.toString();
    }

    private static final class Collector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder paragraph = new StringBuilder();
        private int skipDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth++;
                } else if (skipDepth == 0 && BLOCKS.contains(tag)) {
                    endParagraph();
                }
            } else if (skipDepth == 0 && node instanceof TextNode textNode) {
                paragraph.append(textNode.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth--;
                } else if (skipDepth == 0 && BLOCKS.contains(tag)) {
                    endParagraph();
                }
            }
        }

        void endParagraph() {
            String text = paragraph.toString().replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
            paragraph.setLength(0);
            if (!text.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(text);
            }
        }
    }
}
