package dev.filedeck.connection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real OS keychain: a private D-Bus session with GNOME Keyring's Secret Service (what a Linux
 * desktop runs), a forked JVM that keeps, reads and forgets a key through FileDeck's vault. CI
 * installs dbus and gnome-keyring; a machine without them skips this test.
 */
class KeychainSecretsIT {

    @TempDir
    Path home;

    @Test
    void aKeyGoesIntoTheSecretServiceAndComesBack() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dbus-run-session")) && Files.isExecutable(Path.of("/usr/bin/gnome-keyring-daemon")),
                "needs dbus-run-session and gnome-keyring-daemon (apt-get install dbus gnome-keyring)");
        String key = "sk-probe-" + Long.toHexString(System.nanoTime()) + "abcdefghijklmnop";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The keyring daemon needs an unlocked login keyring: it creates one, protected by a throw-away password.
        String script = "echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
                + "exec \"$0\" -cp \"$1\" " + KeychainProbeMain.class.getName() + " \"$2\"";
        ProcessBuilder builder = new ProcessBuilder(List.of("/usr/bin/dbus-run-session", "--", "/bin/sh", "-c", script, java,
                System.getProperty("java.class.path"), home.resolve("keys.json").toString())).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("PROBE_KEY", key);
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("keychain: the system keychain (gnome keyring)"), output);
        assertTrue(output.contains("read back: true"), output);
        assertTrue(output.contains("after delete: false"), output);
        assertFalse(output.contains(key), "the key is never printed");
        assertFalse(Files.exists(home.resolve("keys.json")), "nothing fell back to the key file");
    }
}
