package org.parallax.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.ClaimChecker;

/**
 * A claims file's rows as the pipeline's claims to check: a row naming an input is checked
 * against that input's articles only; a row naming an input that was not read is a problem.
 */
final class ClaimRows {

    /** The claims to check, and the rows that named an article that was not read. */
    record Prepared(List<ClaimChecker.Claim> claims, List<InputProblem> problems) {

        Prepared {
            claims = List.copyOf(claims);
            problems = List.copyOf(problems);
        }
    }

    private ClaimRows() {
    }

    static Prepared prepare(ClaimsFile file, List<Article> articles) {
        Map<Path, Set<String>> byInput = new HashMap<>();
        for (Article article : articles) {
            byInput.computeIfAbsent(inputPath(article.source()), path -> new LinkedHashSet<>()).add(article.id());
        }
        List<ClaimChecker.Claim> claims = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (ClaimsFile.Row row : file.claims()) {
            if (row.article().isPresent() && !byInput.containsKey(row.article().get())) {
                problems.add(InputProblem.badInput(file.file().toString(), "line " + row.line(), "claim " + row.id()
                        + " names the article " + row.article().get() + ", which was not read"));
            } else {
                claims.add(new ClaimChecker.Claim(row.id(), row.claim(), row.article().map(byInput::get).orElse(Set.of())));
            }
        }
        return new Prepared(claims, problems);
    }

    /** The file an article was read from: its source without the record, line or item of an archive, feed or JSON Lines file. */
    static Path inputPath(String source) {
        String file = source.replaceFirst("#(?:record|line|item)-\\d+$", "");
        return Path.of(file).toAbsolutePath().normalize();
    }
}
