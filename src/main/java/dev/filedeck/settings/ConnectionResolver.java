package dev.filedeck.settings;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;

import java.nio.file.Path;
import java.util.Map;

/**
 * Decides the connection FileDeck opens at start: the environment's provider when
 * {@code OPENAI_API_KEY} is set (the official SDKs' convention), otherwise the Local sandbox.
 */
public final class ConnectionResolver {

    public static final String API_KEY = "OPENAI_API_KEY";
    public static final String BASE_URL = "OPENAI_BASE_URL";
    public static final String ORGANIZATION = "OPENAI_ORG_ID";
    public static final String PROJECT = "OPENAI_PROJECT_ID";
    /** Points the sandbox at another data directory (tests, screenshots, demos). */
    public static final String SANDBOX_DIR_VARIABLE = "FILEDECK_SANDBOX_DIR";
    /** The same as a system property; it wins over the variable. */
    public static final String SANDBOX_DIR_PROPERTY = "filedeck.sandbox.dir";

    private ConnectionResolver() {
    }

    /** The choice for this process, from its environment and system properties. */
    public static ConnectionChoice forThisProcess() {
        return resolve(System.getenv(), System.getProperty(SANDBOX_DIR_PROPERTY));
    }

    /**
     * The choice for an environment.
     *
     * @param env environment variables
     * @param sandboxDirProperty the {@value #SANDBOX_DIR_PROPERTY} system property, or null
     * @throws IllegalArgumentException when {@value #BASE_URL} is not a usable URL
     */
    public static ConnectionChoice resolve(Map<String, String> env, String sandboxDirProperty) {
        String key = nonBlank(env.get(API_KEY));
        if (key != null) {
            return new ConnectionChoice.Environment(environmentConfig(env, ApiKey.of(key)));
        }
        String dir = nonBlank(sandboxDirProperty);
        if (dir == null) {
            dir = nonBlank(env.get(SANDBOX_DIR_VARIABLE));
        }
        return new ConnectionChoice.LocalSandbox(dir == null ? null : Path.of(dir).toAbsolutePath());
    }

    private static ClientConfig environmentConfig(Map<String, String> env, ApiKey key) {
        String baseUrl = nonBlank(env.get(BASE_URL));
        ClientConfig config;
        try {
            config = ClientConfig.of(baseUrl == null ? ClientConfig.OPENAI_BASE_URL : baseUrl, key);
        } catch (IllegalArgumentException e) {
            // Name the variable: the person has to find where the bad value comes from.
            throw new IllegalArgumentException(BASE_URL + ": " + key.redact(e.getMessage()), e);
        }
        return config.withOrganization(env.get(ORGANIZATION)).withProject(env.get(PROJECT));
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
