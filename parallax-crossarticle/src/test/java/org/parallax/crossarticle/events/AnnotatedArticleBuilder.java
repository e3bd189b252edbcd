package org.parallax.crossarticle.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.DateSource;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Role;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerResolution;
import org.parallax.model.TimeReference;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/**
 * Builds an analysed article with the annotations a correct language layer gives, every span found
 * by searching the real text (never hard-coded offsets). Entities are named by a key shared across
 * articles ("bennett"), which {@link #resolution} maps to one resolved entity, as a correct
 * resolver would.
 */
public final class AnnotatedArticleBuilder {

    private final String id;
    private final String outlet;
    private final LocalDate published;
    private final String text;
    private final List<EmbeddedPost> posts = new ArrayList<>();
    private final Map<String, ArticleEntity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    public AnnotatedArticleBuilder(String id, String outlet, LocalDate published, String text) {
        this.id = id;
        this.outlet = outlet;
        this.published = published;
        this.text = text;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    /** An embedded post running from {@code first} through {@code last}. */
    public AnnotatedArticleBuilder post(String first, String last, String author, LocalDate date, String url) {
        int begin = unique(first);
        int end = text.indexOf(last, begin) + last.length();
        posts.add(new EmbeddedPost(new Span(begin, end), Optional.of(author), Optional.of(date), Optional.of(url)));
        return this;
    }

    /** An entity with a mention at every whole-word occurrence of each form (longest forms first). */
    public AnnotatedArticleBuilder entity(String key, EntityType type, String... forms) {
        ArticleEntity entity = entities.computeIfAbsent(key,
                k -> new ArticleEntity(id + "/e" + (entities.size() + 1), forms[0], type, List.of(forms), List.of()));
        List<String> longestFirst = new ArrayList<>(List.of(forms));
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String form : longestFirst) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                Span span = new Span(at, at + form.length());
                boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (span.end() == text.length() || !Character.isLetter(text.charAt(span.end())));
                if (whole && mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
                    mentions.add(new Mention(span, type, Optional.of(entity.id())));
                }
            }
        }
        return this;
    }

    /** A mention of no entity ("46" as a NUMBER, "first" as an ORDINAL) inside the unique {@code context}. */
    public AnnotatedArticleBuilder mention(String context, String form, EntityType type) {
        Span span = from(context, form);
        if (mentions.stream().anyMatch(m -> m.span().overlaps(span))) {
            throw new IllegalArgumentException("'" + form + "' overlaps another mention");
        }
        mentions.add(new Mention(span, type, Optional.empty()));
        return this;
    }

    /** A role of the entity {@code key}: {@code title}, with the role phrase {@code phrase} (title and name) as evidence. */
    public AnnotatedArticleBuilder role(String key, String title, String phrase) {
        ArticleEntity entity = entities.get(key);
        List<Role> roles = new ArrayList<>(entity.roles());
        roles.add(new Role(title, new Span(unique(phrase), unique(phrase) + phrase.length())));
        entities.put(key, new ArticleEntity(entity.id(), entity.name(), entity.type(), entity.aliases(), roles));
        return this;
    }

    /** A time expression: {@code expression} inside the unique {@code context}, read against the publication or its post. */
    public AnnotatedArticleBuilder timex(String context, String expression, TimexType type, String value) {
        Span span = inside(context, expression);
        TimeReference reference = posts.stream().filter(post -> post.span().contains(span)).findFirst()
                .map(post -> TimeReference.embeddedPost(post.published().orElseThrow()))
                .orElse(TimeReference.publication(published));
        timexes.add(new Timex(span, type, value, reference));
        return this;
    }

    /** A quote inside the unique {@code context}, with its cue and speaker there; {@code speakerKey} empty for an unresolved speaker. */
    public AnnotatedArticleBuilder quote(QuoteKind kind, String context, String content, String cue, String speaker,
            Optional<String> speakerKey) {
        Span span = from(context, content);
        Span cueSpan = from(context, cue);
        Span speakerSpan = from(context, speaker);
        Optional<String> entity = speakerKey.map(key -> entities.get(key).id());
        SpeakerResolution resolution = entity.isEmpty() ? SpeakerResolution.UNRESOLVED
                : Character.isLowerCase(speaker.charAt(0)) || speaker.startsWith("He") || speaker.startsWith("The ")
                        ? (speaker.length() <= 3 ? SpeakerResolution.PRONOUN : SpeakerResolution.DESCRIPTION)
                        : SpeakerResolution.NAME;
        quotes.add(new Quote(span, kind, Optional.of(cueSpan), Optional.of(new Speaker(speakerSpan, entity, resolution)),
                Optional.empty()));
        return this;
    }

    /** The same, with a resolved speaker. */
    public AnnotatedArticleBuilder quote(QuoteKind kind, String context, String content, String cue, String speaker, String key) {
        return quote(kind, context, content, cue, speaker, Optional.of(key));
    }

    /**
     * Joins the last two quotes into one interrupted quotation ("“A,” he said. “B.”", issue 9): their spans are its
     * pieces, the first one's cue and speaker its own.
     */
    public AnnotatedArticleBuilder interruptedQuotation() {
        Quote second = quotes.remove(quotes.size() - 1);
        Quote first = quotes.remove(quotes.size() - 1);
        quotes.add(Quote.ofPieces(List.of(first.span(), second.span()), first.kind(), first.cue(), first.speaker(),
                first.addressee()));
        return this;
    }

    /** Gives the last quote an addressee, found inside {@code context}. */
    public AnnotatedArticleBuilder to(String context, String addressee) {
        Quote last = quotes.remove(quotes.size() - 1);
        quotes.add(new Quote(last.span(), last.kind(), last.cue(), last.speaker(), Optional.of(inside(context, addressee))));
        return this;
    }

    public AnalyzedArticle build() {
        Article article = new Article(id, "seeds/" + id + ".txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(outlet), List.of(), Optional.of(published), DateSource.MANIFEST,
                Optional.empty(), text, posts, List.of());
        mentions.sort(Comparator.comparing(Mention::span));
        timexes.sort(Comparator.comparing(Timex::span));
        quotes.sort(Comparator.comparing(Quote::span));
        return new AnalyzedArticle(article, new Annotations(mentions, timexes, quotes, List.copyOf(entities.values())));
    }

    /** The resolution a correct resolver gives: one entity per key across the builders' articles. */
    public static EntityResolution resolution(List<AnnotatedArticleBuilder> builders) {
        Map<String, String> canonical = new LinkedHashMap<>();
        Map<String, Entity> resolved = new LinkedHashMap<>();
        for (AnnotatedArticleBuilder builder : builders) {
            builder.entities.forEach((key, entity) -> {
                canonical.put(entity.id(), key);
                Entity before = resolved.get(key);
                List<String> members = new ArrayList<>(before == null ? List.of() : before.members());
                members.add(entity.id());
                resolved.put(key, new Entity(key, entity.name(), entity.type(), List.of(), List.of(), members, Optional.empty()));
            });
        }
        return new EntityResolution(List.copyOf(resolved.values()), canonical);
    }

    /** The characters of {@code part} inside the only occurrence of {@code context}. */
    public Span inside(String context, String part) {
        int begin = unique(context);
        int at = text.indexOf(part, begin);
        if (at < 0 || at + part.length() > begin + context.length()) {
            throw new IllegalArgumentException("'" + part + "' is not inside '" + context + "'");
        }
        return new Span(at, at + part.length());
    }

    /**
     * The first whole-word occurrence of {@code part} at or after the only occurrence of {@code context}, or
     * else from the start of that paragraph, inside the paragraph.
     */
    public Span from(String context, String part) {
        int begin = unique(context);
        int paragraphBegin = text.lastIndexOf("\n\n", begin) < 0 ? 0 : text.lastIndexOf("\n\n", begin) + 2;
        int paragraphEnd = text.indexOf("\n\n", begin) < 0 ? text.length() : text.indexOf("\n\n", begin);
        for (int start : new int[] {begin, paragraphBegin}) {
            for (int at = text.indexOf(part, start); at >= 0 && at + part.length() <= paragraphEnd; at = text.indexOf(part, at + 1)) {
                boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (at + part.length() == text.length() || !Character.isLetter(text.charAt(at + part.length())));
                if (whole) {
                    return new Span(at, at + part.length());
                }
            }
        }
        throw new IllegalArgumentException("'" + part + "' is not in the paragraph of '" + context + "'");
    }

    private int unique(String context) {
        int at = text.indexOf(context);
        if (at < 0 || text.indexOf(context, at + 1) >= 0) {
            throw new IllegalArgumentException((at < 0 ? "missing" : "ambiguous") + " context: " + context);
        }
        return at;
    }
}
