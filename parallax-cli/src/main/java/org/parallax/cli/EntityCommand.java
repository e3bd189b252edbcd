package org.parallax.cli;

import org.parallax.store.Correction;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax entity merge|split}: corrections to the cast, kept in the store's audit log. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "Corrects entities; each correction is kept in the audit log (who, when) and reapplied"
                + " whenever articles are added or the analysis is rerun.",
        subcommands = {EntityCommand.Merge.class, EntityCommand.Split.class})
final class EntityCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Makes two entities one (the first keeps its id and name).")
    static final class Merge extends CorrectionCommand.Merge {
        @Override
        Correction correct(Store store, String user) {
            return store.mergeEntities(kept, merged, user);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Makes the mentions of an entity by one name an entity of their own.")
    static final class Split extends CorrectionCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The entity.")
        String entity;

        @Option(names = "--alias", required = true, paramLabel = "NAME", description = "The name whose mentions are split off.")
        String alias;

        @Override
        Correction correct(Store store, String user) {
            return store.splitEntity(entity, alias, user);
        }
    }
}
