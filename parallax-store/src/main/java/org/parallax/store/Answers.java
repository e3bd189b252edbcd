package org.parallax.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Claim;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.model.Story;

/** The answers to the store's questions, as records the command line prints and the server sends. */
public final class Answers {

    private Answers() {
    }

    /**
     * A quote found in the store.
     *
     * @param article  the article it is in
     * @param outlet   that article's outlet (its source when unknown)
     * @param speaker  the speaker's words in the text ("he", "Koren"), if any
     * @param text     what was said
     * @param span     where it is in the article's text
     */
    public record QuoteFound(String article, String outlet, Optional<String> speaker, String text, Span span) {
        public QuoteFound {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * A page of quotes found.
     *
     * @param total  how many quotes the question finds in all
     * @param quotes the page's, in the order stored
     */
    public record QuotePage(long total, List<QuoteFound> quotes) {
        public QuotePage {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * A page of a longer answer: the items the store read for it and how many the whole answer holds.
     *
     * @param total how many items the whole answer holds
     * @param items the page's, in the answer's order
     * @param <T>   what the items are
     */
    public record Page<T>(long total, List<T> items) {
        public Page {
            if (total < 0) {
                throw new IllegalArgumentException("a page's total cannot be negative: " + total);
            }
            items = List.copyOf(items);
            if (items.size() > total) {
                throw new IllegalArgumentException("a page of " + items.size() + " items out of " + total);
            }
        }
    }

    /**
     * Somebody who spoke about something, and how often.
     *
     * @param entity the speaker's entity id
     * @param name   the speaker's name
     * @param quotes how many of their quotes mention it
     */
    public record Speaker(String entity, String name, long quotes) {
    }

    /**
     * How each outlet of a claim's story stands to it: reported, contradicted, or left out.
     *
     * @param claim   the claim
     * @param story   the story it belongs to
     * @param outlets for each of the story's outlets, its stance
     */
    public record ClaimCoverage(Claim claim, String story, Map<String, Stance> outlets) {
        public ClaimCoverage {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(story, "story");
            outlets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outlets));
        }
    }

    /**
     * A story with how many articles and how many independent sources cover it (articles that copy
     * or update one another, or come from one outlet, count as one source), and its coverage by
     * outlet, most articles first: kept with the story when the account is stored, not counted when asked.
     */
    public record StorySummary(Story story, int articles, int independentSources, List<OutletCoverage> coverage) {
        public StorySummary {
            Objects.requireNonNull(story, "story");
            coverage = List.copyOf(coverage);
        }

        /** The outlets that cover the story, most articles first. */
        public List<String> outlets() {
            return coverage.stream().map(OutletCoverage::outlet).toList();
        }
    }

    /**
     * How one outlet covers a story.
     *
     * @param outlet             the outlet (an article's source when it names none)
     * @param articles           how many of the story's articles it has
     * @param independentSources how many independent texts those are: articles that copy or update one another are one
     */
    public record OutletCoverage(String outlet, int articles, int independentSources) {
        public OutletCoverage {
            Objects.requireNonNull(outlet, "outlet");
            if (articles < 1 || independentSources < 1 || independentSources > articles) {
                throw new IllegalArgumentException("an outlet covers a story with at least one article and at most as many"
                        + " independent texts: " + outlet + " " + articles + ", " + independentSources);
            }
        }
    }

    /**
     * A page of the stories, ranked: most covering outlets first, then most independent sources, then most articles.
     *
     * @param total   how many stories the store holds
     * @param stories the page's stories
     */
    public record StoryPage(long total, List<StorySummary> stories) {
        public StoryPage {
            stories = List.copyOf(stories);
        }
    }

    /**
     * An article's link to an earlier one it copies or updates.
     *
     * @param article    the later article
     * @param original   the earlier one
     * @param kind       syndicated copy or update
     * @param similarity the share of word 4-grams they have in common (estimated)
     */
    public record NearDuplicate(String article, String original, NearDuplicateKind kind, double similarity) {
    }

    /** The kinds of link between entities an export draws. */
    public enum LinkKind {
        /** A speaker's quote mentions the other entity: who quotes (speaks about) whom. */
        QUOTES,
        /** Both take part in one event: who acts with whom. */
        ACTS_WITH
    }

    /**
     * A link between two entities.
     *
     * @param kind   what links them
     * @param from   the speaker (quotes), or the first participant by id (acts with)
     * @param to     the entity spoken about, or the other participant
     * @param weight how many quotes or events link them
     */
    public record EntityLink(LinkKind kind, String from, String to, long weight) {
    }
}
