package org.parallax.cli;

import java.io.PrintWriter;
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
    static final class Merge extends StoreCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The entity kept.")
        String kept;

        @Parameters(index = "1", paramLabel = "ID", description = "The entity merged into it.")
        String merged;

        @Option(names = "--as", paramLabel = "NAME", description = "Who makes the correction (default: the system user).")
        String who;

        @Override
        int run(Store store, PrintWriter out, PrintWriter err) {
            return printed(store.mergeEntities(kept, merged, user(who)), out);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Makes the mentions of an entity by one name an entity of their own.")
    static final class Split extends StoreCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The entity.")
        String entity;

        @Option(names = "--alias", required = true, paramLabel = "NAME", description = "The name whose mentions are split off.")
        String alias;

        @Option(names = "--as", paramLabel = "NAME", description = "Who makes the correction (default: the system user).")
        String who;

        @Override
        int run(Store store, PrintWriter out, PrintWriter err) {
            return printed(store.splitEntity(entity, alias, user(who)), out);
        }
    }

    /** Prints a correction made, as the audit log has it. */
    static int printed(Correction correction, PrintWriter out) {
        out.printf("correction %d by %s at %s: %s%n", correction.id(), correction.madeBy(), correction.madeAt(),
                correction.description());
        return ExitCodes.OK;
    }
}
