package org.parallax.language.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.SharedParsers;
import org.parallax.language.corenlp.CoreNlpStage;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Role;
import org.parallax.testing.GoldenFile;

/** Runs CoreNLP and the entity stage over a text, and renders the result for golden files. */
final class EntityAnalysis {

    private static LanguagePipeline pipeline;

    private EntityAnalysis() {
    }

    static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = new LanguagePipeline(List.of(new CoreNlpStage(SharedParsers.withoutDependencies()), new EntityStage()));
        }
        return pipeline;
    }

    static AnalyzedArticle analyze(String id, String text) {
        Article article = new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), DateSource.NONE, Optional.empty(),
                text, List.of(), List.of());
        return pipeline().annotate(article);
    }

    static Path seed(String name) {
        String root = System.getProperty("parallax.repositoryRoot", "..");
        return Path.of(root, "parallax-ingest/src/test/resources/seeds", name);
    }

    /** One span per line: mentions, then each entity's roles; entity ids without the article prefix. */
    static String render(AnalyzedArticle analyzed) {
        String text = analyzed.article().text();
        String prefix = analyzed.article().id() + "/";
        StringBuilder out = new StringBuilder();
        for (Mention mention : analyzed.annotations().mentions()) {
            out.append(mention.span()).append(' ').append(mention.type()).append(' ')
                    .append(quote(mention.span().coveredText(text)));
            mention.entity().ifPresent(id -> out.append(" -> ").append(id.substring(prefix.length())));
            out.append('\n');
        }
        for (ArticleEntity entity : analyzed.annotations().entities()) {
            out.append(entity.id().substring(prefix.length())).append(' ').append(entity.type()).append(' ')
                    .append(quote(entity.name())).append(" aliases ")
                    .append(entity.aliases().stream().map(EntityAnalysis::quote).toList()).append('\n');
            for (Role role : entity.roles()) {
                out.append(role.evidence()).append(" ROLE ").append(quote(role.evidence().coveredText(text)))
                        .append(" -> ").append(entity.id().substring(prefix.length()))
                        .append(" title ").append(quote(role.title())).append('\n');
            }
        }
        return out.toString();
    }

    static void assertGolden(String actual, String name) {
        GoldenFile.assertMatches(actual, name);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String value) {
        return '"' + value.replace("\n", "\\n") + '"';
    }
}
