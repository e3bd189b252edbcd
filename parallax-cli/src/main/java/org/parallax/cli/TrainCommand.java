package org.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax train}: reproduces a shipped model from public data, one command each. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Trains one of Parallax's models from public data sets.",
        subcommands = {TrainStance.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
