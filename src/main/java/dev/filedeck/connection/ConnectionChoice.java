package dev.filedeck.connection;

import dev.filedeck.api.ClientConfig;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Files API the app talks to. Deciding is pure (see {@link ConnectionResolver}); opening,
 * which may read a keychain or start a server, is the app's business.
 */
public sealed interface ConnectionChoice {

    /** The name a person sees, e.g. in the status bar and the connection menu. */
    String label();

    /** A stable identity: the profile id, or a fixed word for the other two. */
    String id();

    /**
     * A provider configured by the official SDKs' environment variables (or --base-url).
     *
     * @param preset the provider the base URL belongs to, for its purposes and upload style
     */
    record Environment(ClientConfig config, ProviderPreset preset) implements ConnectionChoice {

        public static final String ID = "environment";

        public Environment {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(preset, "preset");
        }

        @Override
        public String label() {
            return "Environment";
        }

        @Override
        public String id() {
            return ID;
        }
    }

    /** A saved connection; its key comes from the {@link KeyVault}. */
    record Saved(ConnectionProfile profile) implements ConnectionChoice {

        public Saved {
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public String label() {
            return profile.name();
        }

        @Override
        public String id() {
            return profile.id();
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

        @Override
        public String id() {
            return SavedConnections.LOCAL_SANDBOX;
        }
    }
}
