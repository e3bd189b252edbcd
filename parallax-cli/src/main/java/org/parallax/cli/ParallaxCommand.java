package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax}: the entry point, with one subcommand per job. */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a pile of news articles into a sourced account of each story.",
        subcommands = {AnalyzeCommand.class, CheckCommand.class, IngestCommand.class, StatsCommand.class, SearchCommand.class, AskCommand.class,
            ExportCommand.class, EntityCommand.class, StoryCommand.class, AuditCommand.class, ServeCommand.class, TokenCommand.class, BenchCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class})
public final class ParallaxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'parallax analyze examples/'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new ParallaxCommand());
    }
}
