package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.model.Analysis;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.MemoryDestination;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineResult;
import org.parallax.report.AnalysisJsonWriter;
import org.parallax.report.AtomicFiles;
import org.parallax.report.HtmlReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax analyze}: articles in, {@code analysis.json} and {@code report.html} out, through the {@link Pipeline} in memory. */
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

    @Mixin
    PipelineOptions reading;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out",
            description = "Folder for analysis.json, report.html and report/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Pipeline pipeline;
        try {
            pipeline = reading.pipeline();
        } catch (CommandFailure e) {
            err.println("parallax: " + e.getMessage());
            return e.exitCode();
        }
        Progress shown = reading.progress();
        MemoryDestination memory = new MemoryDestination();
        PipelineResult result = pipeline.run(reading.paths, memory, shown);
        shown.finish();
        for (InputProblem problem : result.problems()) {
            err.println("parallax: " + problem);
        }
        Analysis analysis = memory.analysis(result);
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
