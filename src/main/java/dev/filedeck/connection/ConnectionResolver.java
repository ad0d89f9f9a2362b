package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides the connection FileDeck opens at start, first match wins:
 * <ol>
 *   <li>{@code --profile NAME}: that saved connection;</li>
 *   <li>{@code --base-url URL}: that provider, with the key from {@code OPENAI_API_KEY};</li>
 *   <li>{@code OPENAI_API_KEY} in the environment: the "Environment" connection (the official SDKs' convention);</li>
 *   <li>a sandbox folder named by {@value #SANDBOX_DIR_VARIABLE} or {@value #SANDBOX_DIR_PROPERTY}: the Local sandbox there;</li>
 *   <li>the connection that was open when FileDeck last quit;</li>
 *   <li>the Local sandbox.</li>
 * </ol>
 */
public final class ConnectionResolver {

    public static final String API_KEY = "OPENAI_API_KEY";
    public static final String BASE_URL = "OPENAI_BASE_URL";
    public static final String ORGANIZATION = "OPENAI_ORG_ID";
    public static final String PROJECT = "OPENAI_PROJECT_ID";
    /** Azure's api-version, as Azure's SDKs name it. */
    public static final String API_VERSION = "OPENAI_API_VERSION";
    /** Points the sandbox at another data directory (tests, screenshots, demos). */
    public static final String SANDBOX_DIR_VARIABLE = "FILEDECK_SANDBOX_DIR";
    /** The same as a system property; it wins over the variable. */
    public static final String SANDBOX_DIR_PROPERTY = "filedeck.sandbox.dir";

    private ConnectionResolver() {
    }

    /** The choice for an environment, with no command line and no saved connections. */
    public static ConnectionChoice resolve(Map<String, String> env, String sandboxDirProperty) {
        return resolve(StartupOptions.NONE, env, sandboxDirProperty, SavedConnections.empty());
    }

    /**
     * The choice at start.
     *
     * @param env environment variables
     * @param sandboxDirProperty the {@value #SANDBOX_DIR_PROPERTY} system property, or null
     * @throws IllegalArgumentException when the command line or {@value #BASE_URL} names something unusable,
     *                                  with a message that says what to change
     */
    public static ConnectionChoice resolve(StartupOptions options, Map<String, String> env, String sandboxDirProperty,
                                           SavedConnections saved) {
        if (options.profile() != null) {
            return saved.byName(options.profile()).<ConnectionChoice>map(ConnectionChoice.Saved::new)
                    .orElseThrow(() -> new IllegalArgumentException(unknownProfile(options.profile(), saved)));
        }
        String key = nonBlank(env.get(API_KEY));
        if (options.baseUrl() != null) {
            if (key == null) {
                throw new IllegalArgumentException("--base-url needs the API key in the environment variable " + API_KEY + ".");
            }
            return environment(options.baseUrl(), "--base-url", env, ApiKey.of(key));
        }
        if (key != null) {
            String baseUrl = nonBlank(env.get(BASE_URL));
            return environment(baseUrl == null ? ClientConfig.OPENAI_BASE_URL : baseUrl, BASE_URL, env, ApiKey.of(key));
        }
        ConnectionChoice.LocalSandbox sandbox = sandbox(env, sandboxDirProperty);
        if (sandbox.dataDir() != null) {
            return sandbox;
        }
        if (saved.lastUsed() != null) {
            var last = saved.byId(saved.lastUsed());
            if (last.isPresent()) {
                return new ConnectionChoice.Saved(last.get());
            }
        }
        return ConnectionChoice.LocalSandbox.atDefaultLocation();
    }

    /** The environment's connection, when {@value #API_KEY} is set: offered in the connection menu. */
    public static java.util.Optional<ConnectionChoice.Environment> environment(Map<String, String> env) {
        String key = nonBlank(env.get(API_KEY));
        if (key == null) {
            return java.util.Optional.empty();
        }
        String baseUrl = nonBlank(env.get(BASE_URL));
        try {
            return java.util.Optional.of((ConnectionChoice.Environment) environment(
                    baseUrl == null ? ClientConfig.OPENAI_BASE_URL : baseUrl, BASE_URL, env, ApiKey.of(key)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // reported where it is chosen at start
        }
    }

    /** The Local sandbox as this process runs it: in the folder the variable or property names, or the default one. */
    public static ConnectionChoice.LocalSandbox sandbox(Map<String, String> env, String sandboxDirProperty) {
        String dir = nonBlank(sandboxDirProperty);
        if (dir == null) {
            dir = nonBlank(env.get(SANDBOX_DIR_VARIABLE));
        }
        return new ConnectionChoice.LocalSandbox(dir == null ? null : Path.of(dir).toAbsolutePath());
    }

    private static ConnectionChoice environment(String baseUrl, String source, Map<String, String> env, ApiKey key) {
        ClientConfig config;
        try {
            config = ClientConfig.of(baseUrl, key);
        } catch (IllegalArgumentException e) {
            // Name the source: the person has to find where the bad value comes from.
            throw new IllegalArgumentException(source + ": " + key.redact(e.getMessage()), e);
        }
        ProviderPreset preset = ProviderPreset.forBaseUrl(config.baseUrl());
        config = config.withOrganization(env.get(ORGANIZATION)).withProject(env.get(PROJECT))
                .withPagingMode(preset.pagingMode()).withUploadStrategy(preset.uploadStrategy());
        if (preset.authStyle() == dev.filedeck.api.AuthStyle.AZURE_API_KEY) {
            String version = nonBlank(env.get(API_VERSION));
            config = config.withAzureAuth(version == null ? preset.defaultApiVersion() : version);
        }
        return new ConnectionChoice.Environment(config, preset);
    }

    private static String unknownProfile(String name, SavedConnections saved) {
        if (saved.profiles().isEmpty()) {
            return "--profile " + name + ": there are no saved connections yet. Add one in FileDeck (File › Connections…).";
        }
        return "--profile " + name + ": no saved connection has that name. Saved: "
                + saved.profiles().stream().map(ConnectionProfile::name).collect(Collectors.joining(", ")) + ".";
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
