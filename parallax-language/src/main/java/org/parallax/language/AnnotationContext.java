package org.parallax.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parallax.language.text.ParsedText;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.EventMention;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Timex;

/**
 * The working state of one article while stages run: the article, its parse, and the annotations
 * added so far. Confined to one thread. Reading a layer no earlier stage provided fails, so a
 * stage that forgot to declare a need is caught in tests.
 */
public final class AnnotationContext {

    private final Article article;
    private final Set<Layer> provided = EnumSet.noneOf(Layer.class);
    private ParsedText parsed;
    private List<Mention> mentions = List.of();
    private List<ArticleEntity> entities = List.of();
    private List<Timex> timexes = List.of();
    private List<Quote> quotes = List.of();
    private List<EventMention> events = List.of();

    AnnotationContext(Article article) {
        this.article = Objects.requireNonNull(article, "article");
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public ParsedText parsed() {
        require(Layer.TOKENS);
        return parsed;
    }

    public void parsed(ParsedText value) {
        if (!value.text().equals(article.text())) {
            throw new IllegalArgumentException("the parse is of another text than article " + article.id());
        }
        this.parsed = value;
    }

    public List<Mention> mentions() {
        require(Layer.MENTIONS);
        return mentions;
    }

    public void mentions(List<Mention> value) {
        this.mentions = sorted(value, Comparator.comparing(Mention::span));
    }

    public List<ArticleEntity> entities() {
        require(Layer.ENTITIES);
        return entities;
    }

    public void entities(List<ArticleEntity> value) {
        this.entities = List.copyOf(value);
    }

    public List<Timex> timexes() {
        require(Layer.TIMEXES);
        return timexes;
    }

    public void timexes(List<Timex> value) {
        this.timexes = sorted(value, Comparator.comparing(Timex::span));
    }

    public List<Quote> quotes() {
        require(Layer.QUOTES);
        return quotes;
    }

    public void quotes(List<Quote> value) {
        this.quotes = sorted(value, Comparator.comparing(Quote::span));
    }

    public List<EventMention> events() {
        require(Layer.EVENTS);
        return events;
    }

    public void events(List<EventMention> value) {
        this.events = sorted(value, Comparator.comparing(EventMention::span));
    }

    void markProvided(Stage stage) {
        provided.addAll(stage.provides());
    }

    Annotations toAnnotations() {
        return new Annotations(mentions, timexes, quotes, entities, events);
    }

    private void require(Layer layer) {
        if (!provided.contains(layer)) {
            throw new IllegalStateException("layer " + layer + " is read before any stage provided it");
        }
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
