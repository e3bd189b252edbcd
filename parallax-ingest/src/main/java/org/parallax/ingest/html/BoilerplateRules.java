package org.parallax.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides which elements of a page are page furniture rather than article text, from the page's
 * structure alone: the element's tag, {@code role}, {@code class} and {@code id}, and whether it is
 * hidden. No rule names a site.
 *
 * <p>Class and id are read word by word ({@code relatedStories} reads as {@code related-stories}).
 * A word names furniture when it starts with a furniture word ({@code related}, {@code share},
 * {@code comment}, …) after the start of the name or a {@code -}, {@code _} or digit; a name that
 * ends in a content word ({@code article-body}, {@code entry-content}, {@code story}) without
 * naming furniture marks the article itself and protects the element
 * ({@code class="article-body has-share-bar"} is kept). Furniture words come in two strengths:
 * {@link Verdict#FURNITURE} names what never holds the article (comments, footers, related
 * stories, captions, tag lists; not {@code tagStyle_…}, a generated style class),
 * {@link Verdict#MAYBE_FURNITURE} names what layout wrappers are sometimes called although they hold
 * the whole article ({@code page-ad-margins}, {@code penci_sidebar}, {@code widget-wrap}, a hidden
 * tab, a {@code sharingContainer} around the text and its share buttons); the caller keeps the latter
 * when they hold much of the page's text, so that a share bar alone is still left out.
 *
 * <p>Stateless and thread-safe.
 */
final class BoilerplateRules {

    /** How an element is to be treated. */
    enum Verdict {
        /** Possibly article text. */
        CONTENT,
        /** Looks like furniture, but layout wrappers holding the article look alike: weigh its size. */
        MAYBE_FURNITURE,
        /** Furniture: leave out with all it holds (except embedded tweets). */
        FURNITURE,
        /** Holds no readable text at all (scripts, styles, media, form controls). */
        NEVER_TEXT
    }

    /** Elements that hold no readable text whatever their size. */
    private static final Set<String> NEVER_TEXT_TAGS = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
            "embed", "video", "audio", "picture", "img", "source", "track", "map", "button", "input", "select",
            "option", "textarea", "link", "meta", "title", "base");

    /** Elements for page furniture by their very tag. */
    private static final Set<String> FURNITURE_TAGS = Set.of(
            "nav", "aside", "footer", "header", "figcaption", "figure", "dialog", "menu", "label");

    /** Roles of page furniture. */
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog",
            "search", "toolbar", "tablist");

    private static final String WORD_START = "(?:^|[-_\\d])";
    private static final String WORD_END = "(?=$|[-_\\d])";

    /** Words naming what never holds the article. */
    private static final Pattern FURNITURE = Pattern.compile(WORD_START + "(?:"
            + "comment|disqus|"
            + "related|recommend|more-?(?:stories|articles|news|from|on|like)|also-?read|read-?(?:more|next|also)|"
            + "newsletter|outbrain|taboola|zergnet|"
            + "breadcrumb|masthead|footer|"
            + "cookie|consent|gdpr|"
            + "byline|author|contributor|"
            + "caption|credit|copyright|"
            + "tags?" + WORD_END + "(?!-?style)|tag-?list|"
            + "trending|most-?(?:popular|read|viewed)|popular|"
            + "visually-?hidden|sr-only|screen-?reader|"
            + "bio" + WORD_END + "|about-?the-?author"
            + ")");

    /** Words naming furniture that layout wrappers of whole articles are sometimes called, too. */
    private static final Pattern MAYBE_FURNITURE = Pattern.compile(WORD_START + "(?:"
            + "share|sharing|social|sociable|"
            + "respon[ds]|reply|follow|"
            + "subscri|signup|sign-up|register|paywall|regwall|"
            + "promo|advert|adslot|adunit|ads?" + WORD_END + "|ad-|dfp|gpt-|sponsor|"
            + "sidebar|side-?bar|rail|widget|"
            + "site-?header|menu|navbar|nav" + WORD_END + "|navigation|"
            + "popup|modal|overlay|toast|banner|"
            + "dateline|timestamp|published|updated|"
            + "topics|keywords|"
            + "toolbar|tools|print|skip|"
            + "offscreen|hidden" + WORD_END + "|"
            + "video-?player|gallery|slideshow|carousel|lightbox|"
            + "pagination|pager|"
            + "disclaimer"
            + ")");

    /** A name whose last word is a content word: the article itself. */
    private static final Pattern CONTENT = Pattern.compile(
            "(?:[a-z0-9]+[-_]+)*(?:article|story|entry|post|content|body|text|copy|prose|main|rich-?text)"
                    + "(?:[-_]+(?:body|content|text|wrap\\w*|container|inner|main|area|section|page|\\d+))*");

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    private BoilerplateRules() {
    }

    /**
     * How an element and all it holds are to be treated.
     *
     * @param element any element of the page
     * @return the verdict; {@link Verdict#CONTENT} for {@code html} and {@code body}
     */
    static Verdict judge(Element element) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return Verdict.CONTENT;
        }
        if (NEVER_TEXT_TAGS.contains(tag)) {
            return Verdict.NEVER_TEXT;
        }
        if (FURNITURE_TAGS.contains(tag)) {
            return Verdict.FURNITURE;
        }
        String role = element.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return Verdict.FURNITURE;
        }
        Verdict byName = judgeNames(element);
        if (byName != Verdict.CONTENT) {
            return tag.equals("article") || tag.equals("main") ? Verdict.MAYBE_FURNITURE : byName;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return Verdict.MAYBE_FURNITURE;
        }
        String style = element.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return Verdict.MAYBE_FURNITURE;
        }
        return Verdict.CONTENT;
    }

    /**
     * Whether an element's tag alone rules out readable text.
     *
     * @param element any element
     * @return true for scripts, styles, media and form controls
     */
    static boolean isNeverText(Element element) {
        return NEVER_TEXT_TAGS.contains(element.normalName());
    }

    private static Verdict judgeNames(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return Verdict.CONTENT;
        }
        boolean furniture = false;
        boolean maybe = false;
        for (String name : names(className + " " + id)) {
            boolean f = FURNITURE.matcher(name).find();
            boolean m = !f && MAYBE_FURNITURE.matcher(name).find();
            if (!f && !m && CONTENT.matcher(name).matches()) {
                return Verdict.CONTENT;
            }
            furniture |= f;
            maybe |= m;
        }
        return furniture ? Verdict.FURNITURE : maybe ? Verdict.MAYBE_FURNITURE : Verdict.CONTENT;
    }

    /** The class names and id, lower-cased, camelCase split with hyphens. */
    static String[] names(String classAndId) {
        StringBuilder out = new StringBuilder(classAndId.length() + 8);
        for (int i = 0; i < classAndId.length(); i++) {
            char c = classAndId.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(classAndId.charAt(i - 1))) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().trim().split("\\s+");
    }
}
