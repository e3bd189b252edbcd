package org.parallax.cli;

import java.nio.file.Path;
import org.parallax.store.Store;
import org.parallax.store.StoreException;
import org.parallax.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --store} option of the commands that use a store, and how a store failure ends them. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "LOCATION", defaultValue = StoreLocation.DEFAULT_FOLDER,
            description = "The store: a data folder (default: ${DEFAULT-VALUE}), or postgresql://[user[:password]@]host[:port]/database.")
    String store;

    @Option(names = "--index", paramLabel = "DIR",
            description = "For a PostgreSQL store, where this machine keeps its search index (default: a folder under ~/.cache/parallax).")
    Path index;

    Store open() {
        Path indexFolder = index != null ? index : StoreLocation.defaultIndexFolder(store);
        return Store.open(StoreLocation.parse(store, indexFolder));
    }

    /** The exit status a store failure ends a command with. */
    static int exitCode(StoreException e) {
        return switch (e.kind()) {
            case BUSY -> ExitCodes.BUSY;
            case NOT_FOUND, BAD_REQUEST -> ExitCodes.USAGE;
            case UNAVAILABLE, CORRUPT, INTERNAL -> ExitCodes.FATAL;
        };
    }
}
