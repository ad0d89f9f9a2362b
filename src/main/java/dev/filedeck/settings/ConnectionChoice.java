package dev.filedeck.settings;

import dev.filedeck.api.ClientConfig;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Files API the app talks to at start. Deciding is pure (see {@link ConnectionResolver});
 * opening, which may start a server, is the app's business.
 */
public sealed interface ConnectionChoice {

    /** The name a person sees, e.g. in the status bar. */
    String label();

    /** A provider configured by the official SDKs' environment variables. */
    record Environment(ClientConfig config) implements ConnectionChoice {

        public Environment {
            Objects.requireNonNull(config, "config");
        }

        @Override
        public String label() {
            return "Environment";
        }
    }

    /**
     * The embedded sandbox server.
     *
     * @param dataDir where it keeps its files, or null for the per-user default
     */
    record LocalSandbox(Path dataDir) implements ConnectionChoice {

        /** The sandbox in its per-user default data directory. */
        public static LocalSandbox atDefaultLocation() {
            return new LocalSandbox(null);
        }

        public Optional<Path> customDataDir() {
            return Optional.ofNullable(dataDir);
        }

        @Override
        public String label() {
            return "Local sandbox";
        }
    }
}
