package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.store.Correction;
import org.parallax.store.Store;
import picocli.CommandLine.Command;

/** {@code parallax audit}: the corrections made to a store, who made them and when. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Prints the audit log: every correction, who made it and when.")
final class AuditCommand extends StoreCommand {

    @Override
    int run(Store store, PrintWriter out, PrintWriter err) {
        for (Correction correction : store.auditLog()) {
            CorrectionCommand.printed(correction, out);
        }
        return ExitCodes.OK;
    }
}
