package dev.filedeck.sandbox;

import dev.filedeck.settings.AppDirectories;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Local sandbox on its own: {@code ./mvnw -q exec:java@sandbox}, or with the application's launcher.
 * Prints where it listens and the key, then serves until Ctrl+C.
 */
public final class SandboxMain {

    static final int DEFAULT_PORT = 8089;
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: sandbox [options]",
            "Runs FileDeck's Local sandbox: an OpenAI-compatible Files API on this computer.",
            "",
            "Options:",
            "  --port N          port to listen on (default " + DEFAULT_PORT + "; 0 picks a free one)",
            "  --host HOST       address to bind (default 127.0.0.1)",
            "  --data-dir PATH   where files are kept (default: the per-user sandbox folder)",
            "  --dialect NAME    openai | scalegenai | batch-provider | mistral | azure (default openai)",
            "  --key KEY         API key to require (default: generated once and kept in the data folder)",
            "  --no-seed         do not add the sample files to a new data folder",
            "  --help            show this help");

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Use {@link #main(String[])}; tests drive an instance through {@link #run}. */
    SandboxMain() {
    }

    /** Options as given on the command line. */
    record Options(int port, String host, Path dataDir, Dialect dialect, String key, boolean seed, boolean help) {

        static Options parse(String[] args) throws UsageException {
            int port = DEFAULT_PORT;
            String host = "127.0.0.1";
            Path dataDir = null;
            Dialect dialect = Dialect.OPENAI;
            String key = null;
            boolean seed = true;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String inlineValue = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    inlineValue = arg.substring(eq + 1);
                }
                switch (name) {
                    case "--help", "-h" -> {
                        return new Options(port, host, dataDir, dialect, key, seed, true);
                    }
                    case "--no-seed" -> seed = false;
                    case "--port" -> port = port(inlineValue != null ? inlineValue : value(args, ++i, name));
                    case "--host" -> host = nonBlank(inlineValue != null ? inlineValue : value(args, ++i, name), name);
                    case "--data-dir" -> dataDir = path(inlineValue != null ? inlineValue : value(args, ++i, name));
                    case "--dialect" -> dialect = dialect(inlineValue != null ? inlineValue : value(args, ++i, name));
                    case "--key" -> key = key(inlineValue != null ? inlineValue : value(args, ++i, name));
                    default -> throw new UsageException("unknown option: " + arg);
                }
            }
            return new Options(port, host, dataDir, dialect, key, seed, false);
        }

        private static String value(String[] args, int index, String option) throws UsageException {
            if (index >= args.length || args[index].startsWith("--")) {
                throw new UsageException(option + " needs a value");
            }
            return args[index];
        }

        private static int port(String value) throws UsageException {
            try {
                int port = Integer.parseInt(value.trim());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--port must be a number from 0 to 65535, not '" + value + "'");
        }

        private static String nonBlank(String value, String option) throws UsageException {
            if (value.isBlank()) {
                throw new UsageException(option + " must not be empty");
            }
            return value.trim();
        }

        private static Path path(String value) throws UsageException {
            try {
                return Path.of(nonBlank(value, "--data-dir"));
            } catch (InvalidPathException e) {
                throw new UsageException("--data-dir is not a valid path: " + e.getMessage());
            }
        }

        private static Dialect dialect(String value) throws UsageException {
            try {
                return Dialect.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--dialect must be openai, scalegenai, batch-provider, mistral or azure, not '" + value + "'");
            }
        }

        private static String key(String value) throws UsageException {
            if (!ApiKeys.isWellFormed(value)) {
                throw new UsageException("--key must be printable ASCII without spaces");
            }
            return value;
        }

        SandboxConfig toConfig() {
            Path dir = dataDir != null ? dataDir : AppDirectories.forCurrentUser().sandboxData();
            return SandboxConfig.defaults().withDataDir(dir).withHost(host).withPort(port).withDialect(dialect)
                    .withApiKey(key).withSeedSamples(seed);
        }
    }

    /** A bad command line. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        SandboxMain main = new SandboxMain();
        Runtime.getRuntime().addShutdownHook(new Thread(main::stopAndWait, "filedeck-sandbox-shutdown"));
        int code = main.run(args, System.out, System.err);
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    /** Starts the server, prints how to reach it and serves until {@link #stop()}; returns the exit code. */
    int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options;
            try {
                options = Options.parse(args);
            } catch (UsageException e) {
                err.println("sandbox: " + e.getMessage());
                err.println(USAGE);
                return EXIT_USAGE;
            }
            if (options.help()) {
                out.println(USAGE);
                return EXIT_OK;
            }
            SandboxServer server;
            try {
                server = SandboxServer.start(options.toConfig());
            } catch (BindException e) {
                err.println("sandbox: port " + options.port() + " on " + options.host() + " is already in use (" + e.getMessage()
                        + "). Stop the other program, or choose another port with --port N (0 picks a free one).");
                return EXIT_FAILED;
            } catch (IOException | RuntimeException e) {
                err.println("sandbox: could not start: " + e.getMessage());
                return EXIT_FAILED;
            }
            try (server) {
                printBanner(server, out);
                awaitStopRequest();
            }
            return EXIT_OK;
        } finally {
            stopped.countDown();
        }
    }

    static void printBanner(SandboxServer server, PrintStream out) {
        URI base = server.baseUrl();
        out.println("FileDeck Local sandbox (" + server.dialect().displayName() + " dialect)");
        out.println("  Base URL  " + base);
        out.println("  API key   " + server.apiKey());
        out.println("  Data      " + server.dataDir().toAbsolutePath());
        if (server.dialect() == Dialect.AZURE) {
            out.println("Try: curl -H \"api-key: " + server.apiKey() + "\" \"" + base + "/files?api-version="
                    + Dialect.AZURE_API_VERSION + "\"");
        } else {
            out.println("Try: curl -H \"Authorization: Bearer " + server.apiKey() + "\" " + base + "/files");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }

    private void awaitStopRequest() {
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks {@link #run} to close the server and return. */
    void stop() {
        stopRequested.countDown();
    }

    /** For the shutdown hook: stop, then give the server a moment to close so the data dir is left unlocked. */
    private void stopAndWait() {
        stop();
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
