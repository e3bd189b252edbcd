package org.parallax.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parallax.model.RemovalReason;
import org.parallax.model.RemovedText;

/**
 * Drops from an article's text the paragraphs that are not the article: links to other articles
 * ("Read also:" and the headline under it), publisher disclaimers, photo captions with credits,
 * share/follow/subscribe lines and copyright notices. Works on the paragraphs of any format, after
 * HTML extraction has done its structural part.
 *
 * <p>Every rule looks at a whole paragraph and its shape (length, position of a label), never at
 * a single phrase inside running text, so that reported speech which merely mentions a newsletter
 * or a photo stays. What is removed is returned with its reason, so a reader can check it.
 */
public final class TextCleaner {

    private static final Pattern RELATED_LABEL = Pattern.compile(
            "(?i)^(?:read also|also read|read more|see also|related(?: articles?| stories| coverage| news)?|more on this"
                    + "|recommended(?: for you)?|you (?:may|might) also like|most read|trending now|don't miss)\\s*[:>»|–—-]?\\s*");
    private static final int HEADLINE_MAX_WORDS = 20;

    private static final Pattern CREDIT_IN_PARENTHESES = Pattern.compile(
            "(?i)\\((?:photo(?:graph)?|image|picture|video)?\\s*(?:credits?|courtesy)\\s*:[^)]*\\)\\s*$"
                    + "|\\((?:photo(?:graph)?|image|picture)\\s*(?:by|:)[^)]*\\)\\s*$"
                    + "|\\((?:AP|AFP|EPA|UPI)\\s+Photo\\b[^)]*\\)\\s*$"
                    + "|\\b(?:Photograph|Photo|Image|Picture|Credit)s?\\s*:\\s*[\\p{L} .'-]+(?:/[\\p{L} .'-]+)+\\s*$");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^(?:photo(?:graph)?|image|picture|credit|photo credit|image credit|source: getty images)s?\\s*:\\s*\\S.{0,120}$"
                    + "|^(?:getty images|shutterstock|reuters|ap photo|afp|epa)(?:\\s*/\\s*[\\p{L} .'-]+)?$");

    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i)(?:\\b(?:views|opinions)\\s+expressed\\b.{0,160}\\b(?:author|writer|contributor|columnist|guest)s?\\b"
                    + "|\\b(?:publication|publishing)\\s+of\\s+(?:an?\\s+|the\\s+)?(?:articles?|pieces?|content)\\b.{0,120}\\b(?:agree|endorse)"
                    + "|\\bdo(?:es)?\\s+not\\s+(?:necessarily\\s+)?(?:reflect|represent)\\s+(?:the\\s+)?(?:views|opinions|position|policy)\\s+of\\s+"
                    + "(?:this|our|the)\\s+(?:site|website|newspaper|publication|outlet|editors?|editorial|magazine|channel)"
                    + "|\\bwe\\s+remind\\s+our\\s+readers\\b)");

    private static final Pattern SHARE_OR_SUBSCRIBE = Pattern.compile(
            "(?i)^(?:advertisement|sponsored(?: content)?|share(?: this(?: article| story| post)?)?(?: on \\w+)?|share:?.*"
                    + "|print|email|comments?)\\s*:?$"
                    + "|\\b(?:subscribe (?:to|now|for|today)|sign up (?:for|to|now)|newsletters?|follow us|like us on"
                    + "|click here to|download (?:our|the) app|join (?:us|our) (?:on|channel)|share (?:this|on)"
                    + "|support (?:our|independent) journalism|become a (?:member|patron|subscriber))\\b");
    private static final int SHARE_MAX_WORDS = 25;

    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:©|\\(c\\)|copyright\\b).{0,200}$|\\ball rights reserved\\b");
    private static final int COPYRIGHT_MAX_WORDS = 40;

    /** Cleans a normalized text (see {@link Paragraphs}). */
    public CleanText clean(String normalizedText) {
        List<String> paragraphs = Paragraphs.split(normalizedText);
        List<String> kept = new ArrayList<>();
        List<RemovedText> removed = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            String firstLine = paragraph.lines().findFirst().orElse("").strip();
            if (RELATED_LABEL.matcher(firstLine).lookingAt() && isRelatedBlock(paragraph, firstLine)) {
                StringBuilder dropped = new StringBuilder(paragraph);
                if (paragraph.lines().count() == 1 && isLabelOnly(firstLine) && i + 1 < paragraphs.size()
                        && isHeadline(paragraphs.get(i + 1))) {
                    dropped.append("\n\n").append(paragraphs.get(++i));
                }
                removed.add(new RemovedText(dropped.toString(), RemovalReason.RELATED_LINK));
                continue;
            }
            Optional<RemovalReason> reason = reason(paragraph);
            if (reason.isPresent()) {
                removed.add(new RemovedText(paragraph, reason.get()));
            } else {
                kept.add(paragraph);
            }
        }
        return new CleanText(Paragraphs.join(kept), removed);
    }

    private static Optional<RemovalReason> reason(String paragraph) {
        String text = paragraph.strip();
        int words = Paragraphs.words(text);
        if (CREDIT_IN_PARENTHESES.matcher(text).find() || (words <= 20 && CREDIT_LINE.matcher(text).find())) {
            return Optional.of(RemovalReason.PHOTO_CREDIT);
        }
        if (DISCLAIMER.matcher(text).find()) {
            return Optional.of(RemovalReason.DISCLAIMER);
        }
        if (words <= SHARE_MAX_WORDS && SHARE_OR_SUBSCRIBE.matcher(text).find()) {
            return Optional.of(RemovalReason.SHARE_OR_SUBSCRIBE);
        }
        if (words <= COPYRIGHT_MAX_WORDS && COPYRIGHT.matcher(text).find()) {
            return Optional.of(RemovalReason.COPYRIGHT);
        }
        return Optional.empty();
    }

    /** A related-links block: the label alone, or the label followed only by headline-like lines. */
    private static boolean isRelatedBlock(String paragraph, String firstLine) {
        if (!isLabelOnly(firstLine) && !isHeadline(RELATED_LABEL.matcher(firstLine).replaceFirst(""))) {
            return false;
        }
        return paragraph.lines().skip(1).allMatch(TextCleaner::isHeadline);
    }

    private static boolean isLabelOnly(String line) {
        return RELATED_LABEL.matcher(line).replaceFirst("").isBlank();
    }

    private static boolean isHeadline(String text) {
        String line = text.strip();
        return !line.contains("\n") && Paragraphs.words(line) <= HEADLINE_MAX_WORDS && !line.endsWith(".");
    }
}
