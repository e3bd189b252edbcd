package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.IngestResult;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;
import org.parallax.report.AnalysisJsonWriter;
import org.parallax.report.AtomicFiles;
import org.parallax.report.HtmlReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax analyze}: articles in, {@code analysis.json} and {@code report.html} out. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Reads articles from files and folders (plain text, HTML, RSS/Atom feeds, WARC archives, JSON Lines;"
                    + " each also gzip-compressed) and writes analysis.json, and report.html with a page per story and"
                    + " article in report/.",
            "Inputs that cannot be read are named on standard error, one line each; the others are analysed."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read",
            "1:the output was written, but some inputs could not be read",
            "2:the command line is wrong",
            "3:nothing was written (output folder or manifest unusable)"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<String> paths;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV with a header naming some of path,url,title,outlet,published,authors;"
                    + " its values override what is detected.")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out",
            description = "Folder for analysis.json, report.html and report/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--language", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the language layer (quotes, speakers, time expressions, entities) and the"
                    + " cross-article layer (one cast, timeline, stories, claims by outlet) (default: on)."
                    + " --no-language only reads and cleans the articles.")
    boolean language;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Manifest known;
        try {
            known = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        } catch (BadInputException e) {
            err.println("parallax: " + e.toProblem(manifest.toString()));
            return ExitCodes.FATAL;
        } catch (IOException e) {
            err.println("parallax: " + manifest + ": cannot be read: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        Ingestor ingestor;
        try {
            ingestor = reading.ingestor(known);
        } catch (IllegalArgumentException e) {
            err.println("parallax: --max-input-size: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int workers = reading.workers();
        Progress shown = reading.display();
        IngestResult result = ingestor.ingest(paths, shown);
        shown.finish();
        for (InputProblem problem : result.problems()) {
            err.println("parallax: " + problem);
        }
        List<AnalyzedArticle> analyzed;
        CrossArticle crossArticle = CrossArticle.empty();
        if (language) {
            analyzed = new LanguageRunner(LanguagePipelines::standard, workers).annotate(result.articles(), shown);
            shown.finish();
            if (!analyzed.isEmpty()) {
                crossArticle = CrossArticleAnalyzer.standard().analyze(analyzed, shown);
                shown.finish();
            }
        } else {
            analyzed = result.articles().stream().map(AnalyzedArticle::unannotated).toList();
        }
        Analysis analysis = new Analysis(analyzed, result.problems(), result.skipped(), result.inputs(), crossArticle);
        try {
            Files.createDirectories(out);
            Path json = out.resolve("analysis.json");
            Path html = out.resolve("report.html");
            AtomicFiles.write(json, stream -> new AnalysisJsonWriter().write(analysis, stream));
            new HtmlReportWriter().write(analysis, out);
            stdout.printf("%d articles from %d inputs%s -> %s, %s%n", analysis.articles().size(), analysis.inputs(),
                    result.problems().isEmpty() ? "" : " (" + result.problems().size() + " problems)", json, html);
        } catch (IOException e) {
            err.println("parallax: " + out + ": cannot write the output: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        err.flush();
        stdout.flush();
        return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
}
