package org.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax bench}: measurements on public evaluation sets, each printing its figures and writing them to a file. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures Parallax on public evaluation sets and prints the figures.",
        subcommands = {
            BenchExtraction.class,
            BenchPubdate.class,
            BenchTime.class,
            BenchTimeline.class,
            BenchEvents.class,
            BenchAttribution.class,
            BenchClaims.class,
            BenchSpeed.class,
            BenchScaling.class,
            BenchStance.class,
            BenchStories.class,
            BenchStore.class,
            BenchServe.class, BenchIncremental.class, BenchGrowth.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
