package org.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax train}: reproducible training runs of the layer's trained components, each writing its model file. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Trains a component of the language layer on a public data set and writes its model file.",
        subcommands = {TrainAttribution.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
