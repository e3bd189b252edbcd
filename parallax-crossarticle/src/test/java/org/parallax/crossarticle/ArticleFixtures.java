package org.parallax.crossarticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Role;
import org.parallax.model.Span;

/**
 * Builds analysed articles by hand for the cross-article tests: the named entities are listed by
 * the test, and their mentions and roles are found in the text by exact, whole-word search.
 */
public final class ArticleFixtures {

    /** An entity as the language layer would give it: fullest name, type, other names, role titles. */
    public record Named(String name, EntityType type, List<String> aliases, List<String> roles) {

        public Named withRoles(String... titles) {
            return new Named(name, type, aliases, List.of(titles));
        }
    }

    private ArticleFixtures() {
    }

    public static Named named(String name, EntityType type, String... aliases) {
        return new Named(name, type, List.of(aliases), List.of());
    }

    public static Named person(String name, String... aliases) {
        return named(name, EntityType.PERSON, aliases);
    }

    public static AnalyzedArticle article(String id, String text, Named... entities) {
        return article(id, Optional.empty(), Optional.empty(), Optional.empty(), text, entities);
    }

    public static AnalyzedArticle article(String id, Optional<String> outlet, Optional<LocalDate> published,
            Optional<String> title, String text, Named... entities) {
        Article article = new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(), title, Optional.empty(),
                outlet, List.of(), published, published.isPresent() ? DateSource.MANIFEST : DateSource.NONE,
                Optional.empty(), text, List.of(), List.of());
        List<ArticleEntity> annotated = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (int e = 0; e < entities.length; e++) {
            Named named = entities[e];
            String entityId = id + "/e" + (e + 1);
            List<Role> roles = new ArrayList<>();
            for (String role : named.roles()) {
                occurrences(text, role).stream().findFirst().ifPresent(span -> roles.add(new Role(role, span)));
            }
            annotated.add(new ArticleEntity(entityId, named.name(), named.type(), named.aliases(), roles));
            List<String> names = new ArrayList<>(named.aliases());
            names.add(named.name());
            names.sort(Comparator.comparingInt(String::length).reversed());
            for (String name : names) {
                for (Span span : occurrences(text, name)) {
                    if (taken.stream().noneMatch(span::overlaps)) {
                        taken.add(span);
                        mentions.add(new Mention(span, named.type(), Optional.of(entityId)));
                    }
                }
            }
        }
        mentions.sort(Comparator.comparing(Mention::span));
        return new AnalyzedArticle(article, new Annotations(mentions, List.of(), List.of(), annotated));
    }

    /** Whole-word occurrences of {@code name} in {@code text}. */
    public static List<Span> occurrences(String text, String name) {
        List<Span> found = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean start = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean stop = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (start && stop) {
                found.add(new Span(at, end));
            }
        }
        return found;
    }

    /** A seed article's text, from the ingest module's test resources (a copy of /work/shared/seeds). */
    public static String seed(String name) {
        Path path = Path.of("..", "parallax-ingest", "src", "test", "resources", "seeds", name);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + path, e);
        }
    }

    public static List<String> list(String... items) {
        return Arrays.asList(items);
    }
}
