package dev.filedeck.sandbox;

import dev.filedeck.settings.AppDirectories;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link SandboxServer}.
 *
 * @param dataDir     where files, metadata and the generated API key live
 * @param host        the address to bind; loopback unless you mean to share the sandbox
 * @param port        the port to bind; 0 picks a free one
 * @param apiKey      the key clients must send; null generates one and keeps it in {@code dataDir/api-key}
 * @param dialect     the provider imitated at start (switchable later)
 * @param limits      per-file, batch and total size limits
 * @param clock       the time source for created_at and expiry (tests pass a movable one)
 * @param seedSamples whether a never-seeded data dir gets the four sample files
 * @param durable     whether writes are fsync'ed (off in tests for speed)
 */
public record SandboxConfig(Path dataDir, String host, int port, String apiKey, Dialect dialect, Limits limits,
                            Clock clock, boolean seedSamples, boolean durable) {

    public SandboxConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (apiKey != null && !ApiKeys.isWellFormed(apiKey)) {
            throw new IllegalArgumentException("the API key must be non-empty printable ASCII without spaces");
        }
    }

    /** The per-user data dir, 127.0.0.1 on a free port, a generated key, OpenAI, OpenAI's limits, samples, fsync. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(AppDirectories.forCurrentUser().sandboxData(), "127.0.0.1", 0, null, Dialect.OPENAI,
                Limits.openAi(), Clock.systemUTC(), true, true);
    }

    /** Like {@link #defaults()} on the given directory, without samples and without fsync. */
    public static SandboxConfig forTests(Path dataDir) {
        return defaults().withDataDir(dataDir).withSeedSamples(false).withDurable(false);
    }

    public SandboxConfig withDataDir(Path dataDir) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    public SandboxConfig withHost(String host) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    public SandboxConfig withPort(int port) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    public SandboxConfig withApiKey(String apiKey) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    public SandboxConfig withDialect(Dialect dialect) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    public SandboxConfig withLimits(Limits limits) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    public SandboxConfig withClock(Clock clock) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    public SandboxConfig withSeedSamples(boolean seedSamples) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    public SandboxConfig withDurable(boolean durable) {
        return new SandboxConfig(dataDir, host, port, apiKey, dialect, limits, clock, seedSamples, durable);
    }

    /** Never prints the key: configurations end up in logs and test reports. */
    @Override
    public String toString() {
        return "SandboxConfig[dataDir=" + dataDir + ", host=" + host + ", port=" + port
                + ", apiKey=" + (apiKey == null ? "generated" : "<redacted>") + ", dialect=" + dialect
                + ", limits=" + limits + ", clock=" + clock + ", seedSamples=" + seedSamples + ", durable=" + durable + "]";
    }
}
