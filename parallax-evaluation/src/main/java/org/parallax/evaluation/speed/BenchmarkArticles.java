package org.parallax.evaluation.speed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

/** Reads every {@code .txt} file of a folder, in name order, as a plain-text article without a date. */
final class BenchmarkArticles {

    private BenchmarkArticles() {
    }

    static List<Article> read(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .txt files in " + folder);
        }
        List<Article> articles = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            articles.add(new Article(name.substring(0, name.length() - ".txt".length()), file.toString(),
                    InputFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), DateSource.NONE, Optional.empty(), text, List.of(), List.of()));
        }
        return articles;
    }
}
