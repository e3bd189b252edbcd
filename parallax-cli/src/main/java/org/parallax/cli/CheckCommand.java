package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.IngestResult;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.model.Article;
import org.parallax.model.ClaimCheck;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.ArticleSource;
import org.parallax.pipeline.ClaimChecker;
import org.parallax.report.AtomicFiles;
import org.parallax.report.ChecksHtmlWriter;
import org.parallax.report.ChecksJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax check --claims CLAIMS.csv PATH...}: does each article support, contradict or discuss each claim? */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks claims against articles: for each (claim, article) pair, whether the article supports the claim,"
                    + " contradicts it, discusses it or is unrelated, with a confidence and the sentences that say so."
                    + " Writes checks.jsonl (one line per pair) and checks.html.",
            "CLAIMS.csv has the header id,claim,article; article (optional) is one input's path relative to the CSV's"
                    + " folder, and a row without it is checked against every article.",
            "Bad rows and inputs that cannot be read are named on standard error, one line each; the rest is checked."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every claim row and input was used",
            "1:the output was written, but some rows or inputs could not be used",
            "2:the command line is wrong",
            "3:nothing was written (claims file or output folder unusable)"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--claims", required = true, paramLabel = "CLAIMS.csv", description = "The claims, with the header id,claim,article.")
    Path claims;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders (read recursively); the articles the claims file names are read too.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out",
            description = "Folder for checks.jsonl and checks.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReadingOptions reading;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Ingestor ingestor;
        try {
            ingestor = reading.ingestor(Manifest.empty());
        } catch (IllegalArgumentException e) {
            err.println("parallax: --max-input-size: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ClaimsFile file;
        try {
            file = ClaimsFile.read(claims);
        } catch (BadInputException e) {
            err.println("parallax: " + e.toProblem(claims.toString()));
            return ExitCodes.FATAL;
        } catch (IOException e) {
            err.println("parallax: " + claims + ": cannot be read: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        Set<String> inputs = new LinkedHashSet<>(paths);
        Set<Path> given = new LinkedHashSet<>();
        paths.forEach(path -> given.add(ClaimRows.inputPath(path)));
        for (ClaimsFile.Row row : file.claims()) {
            row.article().filter(article -> given.stream().noneMatch(article::startsWith))
                    .ifPresent(article -> inputs.add(article.toString()));
        }
        if (inputs.isEmpty()) {
            err.println("parallax: no articles to check: give PATH arguments or an article column in " + claims);
            return ExitCodes.USAGE;
        }
        Progress shown = reading.display();
        IngestResult read = ingestor.ingest(List.copyOf(inputs), shown);
        shown.finish();
        List<InputProblem> problems = new ArrayList<>(file.problems());
        problems.addAll(read.problems());
        ClaimRows.Prepared prepared = ClaimRows.prepare(file, read.articles());
        shown.annotationPlanned(read.articles().size());
        List<ClaimCheck> checks = ClaimChecker.standard().check(prepared.claims(), ArticleSource.of(read.articles()), shown);
        shown.finish();
        problems.addAll(prepared.problems());
        problems.forEach(problem -> err.println("parallax: " + problem));
        Map<String, Article> articles = new LinkedHashMap<>();
        read.articles().forEach(article -> articles.put(article.id(), article));
        try {
            Files.createDirectories(out);
            Path jsonl = out.resolve("checks.jsonl");
            Path html = out.resolve("checks.html");
            AtomicFiles.write(jsonl, stream -> new ChecksJsonWriter().write(checks, articles, stream));
            AtomicFiles.write(html, stream -> new ChecksHtmlWriter().write(checks, articles,
                    problems.stream().map(InputProblem::toString).toList(), stream));
            stdout.printf("%d claims against %d articles: %d checks%s -> %s, %s%n", file.claims().size(), articles.size(),
                    checks.size(), problems.isEmpty() ? "" : " (" + problems.size() + " problems)", jsonl, html);
        } catch (IOException e) {
            err.println("parallax: " + out + ": cannot write the output: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        err.flush();
        stdout.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
}
