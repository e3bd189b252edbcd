package org.parallax.crossarticle.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.events.ArticleSentences;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AttributionLink;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Span;

/**
 * Attribution chains of one article: outlet → the post a statement is embedded in → the outlet or
 * agency the article cites → the speaker.
 *
 * <p>A cited source is an organisation named in "according to X", "X reported" or "told X" in the
 * statement's sentence; for quoted or reported speech outside embedded posts, an organisation the
 * lead sentence cites that way ("said Thursday according to the Haaretz daily") is the source of
 * the whole rewrite, as news rewrites of another outlet's interview are written. A speaker who
 * resolves to an entity is named by the entity's name ("Andriy Yermak", not the "he" of the
 * sentence); the link's evidence still points at the words of the text. Hand-written
 * because these cue phrases are what attribution is in news English; no library on the
 * classpath finds them.
 */
final class AttributionChains {

    private static final Pattern CITATION = Pattern.compile("(?i)according to\\s+(?:the\\s+)?$|\\btold\\s+$");
    private static final Pattern REPORTED = Pattern.compile("(?i)^\\s*(?:daily|newspaper|news agency|agency|website)?\\s*(?:reported|reports|said in a report)\\b");

    private final AnalyzedArticle analyzed;
    private final EntityResolution entities;
    private final String outlet;
    private final List<Span> sentences;
    private final Optional<Mention> leadCitation;

    AttributionChains(AnalyzedArticle analyzed, EntityResolution entities, String outlet, List<Span> sentences) {
        this.analyzed = analyzed;
        this.entities = entities;
        this.outlet = outlet;
        this.sentences = sentences;
        this.leadCitation = sentences.isEmpty() ? Optional.empty() : citations(sentences.get(0)).stream().findFirst();
    }

    /** The chain for a statement at {@code span}, said by {@code quote}'s speaker when it is speech. */
    List<AttributionLink> chain(Span span, Optional<Quote> quote, Optional<Span> speakerSpan, Optional<String> speakerEntity) {
        String text = analyzed.article().text();
        String id = analyzed.article().id();
        List<AttributionLink> chain = new ArrayList<>();
        chain.add(new AttributionLink(outlet, Optional.empty(), Optional.empty()));
        Optional<EmbeddedPost> post = analyzed.article().embeddedPosts().stream().filter(p -> p.span().contains(span)).findFirst();
        post.flatMap(EmbeddedPost::author).ifPresent(author -> {
            int at = post.get().span().coveredText(text).lastIndexOf(author);
            Optional<Evidence> where = at < 0 ? Optional.empty()
                    : Optional.of(new Evidence(id, new Span(post.get().span().begin() + at, post.get().span().begin() + at + author.length())));
            chain.add(new AttributionLink(author, where.flatMap(w -> entityAt(w.span())), where));
        });
        Span sentence = ArticleSentences.containing(sentences, span).orElse(span);
        List<Mention> cited = new ArrayList<>(citations(sentence));
        quote.flatMap(Quote::addressee).flatMap(this::organisationAt).ifPresent(cited::add);
        boolean speech = speakerSpan.isPresent();
        if (cited.isEmpty() && speech && post.isEmpty()) {
            leadCitation.ifPresent(cited::add);
        }
        for (Mention mention : cited) {
            add(chain, link(mention.span()));
        }
        speakerSpan.ifPresent(speaker -> add(chain, new AttributionLink(
                speakerEntity.flatMap(entities::entity).map(Entity::name).orElse(speaker.coveredText(text).strip()),
                speakerEntity, Optional.of(new Evidence(id, speaker)))));
        return chain;
    }

    /** Organisations a sentence cites: "according to X", "told X", "X reported". */
    private List<Mention> citations(Span sentence) {
        String text = analyzed.article().text();
        List<Mention> cited = new ArrayList<>();
        for (Mention mention : analyzed.annotations().mentions()) {
            if (mention.type() != EntityType.ORGANIZATION || !sentence.contains(mention.span())) {
                continue;
            }
            String before = text.substring(Math.max(sentence.begin(), mention.span().begin() - 40), mention.span().begin());
            String after = text.substring(mention.span().end(), Math.min(sentence.end(), mention.span().end() + 40));
            Matcher citation = CITATION.matcher(before);
            if (citation.find() || REPORTED.matcher(after).find()) {
                cited.add(mention);
            }
        }
        return cited;
    }

    private Optional<Mention> organisationAt(Span span) {
        return analyzed.annotations().mentions().stream()
                .filter(mention -> mention.type() == EntityType.ORGANIZATION && span.contains(mention.span()))
                .findFirst();
    }

    private Optional<String> entityAt(Span span) {
        return analyzed.annotations().mentions().stream()
                .filter(mention -> span.contains(mention.span()) && mention.entity().isPresent())
                .findFirst()
                .map(mention -> resolve(mention.entity().get()));
    }

    private AttributionLink link(Span span) {
        return new AttributionLink(span.coveredText(analyzed.article().text()), entityAt(span),
                Optional.of(new Evidence(analyzed.article().id(), span)));
    }

    private String resolve(String local) {
        return entities.resolve(local).orElse(local);
    }

    /** Adds a link unless the chain already ends with the same entity or the same words. */
    private static void add(List<AttributionLink> chain, AttributionLink link) {
        AttributionLink last = chain.get(chain.size() - 1);
        boolean sameEntity = link.entity().isPresent() && link.entity().equals(last.entity());
        if (!sameEntity && !link.source().equalsIgnoreCase(last.source())) {
            chain.add(link);
        }
    }
}
