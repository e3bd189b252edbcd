package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.store.ApiToken;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax token create|list|revoke}: the API tokens of a store, which {@code serve} asks writes for. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Manages the API tokens of a store. A client sends one as 'Authorization: Bearer <secret>'; its name"
                + " is recorded as who made each correction. The store keeps only the SHA-256 of each secret.",
            "An embedded store is open to one process at a time: manage its tokens while the server is stopped."},
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Makes a token and prints its secret, once: it cannot be shown again.")
    static final class Create extends StoreCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Who the token is for (recorded as who in the audit log).")
        String name;

        @Override
        int run(Store store, PrintWriter out, PrintWriter err) {
            ApiToken.Created created = store.createToken(name);
            out.println(created.secret());
            err.println("parallax: token " + created.token().name() + " made; its secret (above) is shown only this once");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the tokens (names and when they were made, never secrets).")
    static final class ListTokens extends StoreCommand {
        @Override
        int run(Store store, PrintWriter out, PrintWriter err) {
            for (ApiToken token : store.tokens()) {
                out.printf("%s  made %s%n", token.name(), token.createdAt());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token: requests with it are refused from now on.")
    static final class Revoke extends StoreCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The token's name.")
        String name;

        @Override
        int run(Store store, PrintWriter out, PrintWriter err) throws CommandFailure {
            if (!store.revokeToken(name)) {
                throw new CommandFailure(ExitCodes.USAGE, "there is no token named " + name);
            }
            out.println("revoked " + name);
            return ExitCodes.OK;
        }
    }
}
