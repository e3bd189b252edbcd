package org.parallax.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parallax.store.Store;
import org.parallax.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command over a store: opens it, runs, closes it, and turns store failures into one line on
 * standard error and an exit status (4 when the store is busy).
 */
abstract class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = storeOptions.open()) {
            return run(store, out, err);
        } catch (StoreException e) {
            err.println("parallax: " + e.getMessage());
            return StoreOptions.exitCode(e);
        } catch (CommandFailure e) {
            err.println("parallax: " + e.getMessage());
            return e.exitCode();
        } finally {
            out.flush();
            err.flush();
        }
    }

    abstract int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure;

    /** Who is making changes, for the record: {@code --as}, else the system user. */
    static String user(String given) {
        return given != null && !given.isBlank() ? given : System.getProperty("user.name", "unknown");
    }
}
