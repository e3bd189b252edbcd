package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.store.Correction;
import org.parallax.store.Store;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command that corrects a store's account: who makes it ({@code --as}), and the correction printed as the audit log keeps it. */
abstract class CorrectionCommand extends StoreCommand {

    @Option(names = "--as", paramLabel = "NAME", description = "Who makes the correction (default: the system user).")
    String who;

    @Override
    final int run(Store store, PrintWriter out, PrintWriter err) {
        printed(correct(store, user(who)), out);
        return ExitCodes.OK;
    }

    abstract Correction correct(Store store, String user);

    /** Prints a correction, as the audit log has it. */
    static void printed(Correction correction, PrintWriter out) {
        out.printf("correction %d by %s at %s: %s%n", correction.id(), correction.madeBy(), correction.madeAt(),
                correction.description());
    }

    /** {@code merge ID ID}: the first keeps its id and name, the second is merged into it. */
    abstract static class Merge extends CorrectionCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The one kept.")
        String kept;

        @Parameters(index = "1", paramLabel = "ID", description = "The one merged into it.")
        String merged;
    }
}
