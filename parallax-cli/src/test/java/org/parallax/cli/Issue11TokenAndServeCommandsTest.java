package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.Store;
import org.parallax.store.StoreLocation;

/** Issue 11: {@code parallax token create|list|revoke} and what {@code serve} says when it cannot serve. */
class Issue11TokenAndServeCommandsTest {

    @TempDir
    Path folder;

    @Test
    void aTokenIsPrintedOnceListedByNameAndRevoked() {
        String store = folder.resolve("parallax-data").toString();
        CommandRun created = CommandRun.of("token", "create", "--store", store, "analyst");

        assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCodes.OK);
        String secret = created.out().strip();
        assertThat(secret).startsWith("plx_").doesNotContain(" ");
        assertThat(created.err()).contains("shown only this once");
        try (Store opened = Store.open(StoreLocation.embedded(Path.of(store)))) {
            assertThat(opened.token(secret)).hasValueSatisfying(token -> assertThat(token.name()).isEqualTo("analyst"));
        }

        CommandRun listed = CommandRun.of("token", "list", "--store", store);
        assertThat(listed.out()).startsWith("analyst  made ").doesNotContain(secret);
        CommandRun again = CommandRun.of("token", "create", "--store", store, "analyst");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already");

        assertThat(CommandRun.of("token", "revoke", "--store", store, "analyst").out()).contains("revoked analyst");
        CommandRun gone = CommandRun.of("token", "revoke", "--store", store, "analyst");
        assertThat(gone.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(gone.err()).contains("no token named analyst");
        assertThat(CommandRun.of("token", "list", "--store", store).out()).isEmpty();
    }

    @Test
    void serveSaysWhyItCannotServe() throws Exception {
        String store = folder.resolve("parallax-data").toString();
        CommandRun badPort = CommandRun.of("serve", "--store", store, "--port", "70000");
        assertThat(badPort.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badPort.err()).contains("port");

        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandRun busy = CommandRun.of("serve", "--store", store, "--port", String.valueOf(taken.getLocalPort()));
            assertThat(busy.exitCode()).isEqualTo(ExitCodes.FATAL);
            assertThat(busy.err()).contains("cannot serve on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
