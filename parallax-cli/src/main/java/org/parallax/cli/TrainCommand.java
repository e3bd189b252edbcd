package org.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax train}: reproduces a shipped model from public data, one command each, each writing its model file. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Trains one of Parallax's models (the stance judge, the attribution cue model and source picker, the"
                + " time attachment model, the event pair model, the publication-date vote, the story pair model) from public data sets and writes its model file.",
        subcommands = {TrainStance.class, TrainAttribution.class, TrainTimeline.class, TrainEvents.class,
                TrainEventWords.class, TrainEventNouns.class, TrainPubdate.class, TrainStories.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
