package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.AuthStyle;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.UploadStrategy;
import dev.filedeck.settings.Capabilities;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A saved connection, like a file client's bookmark. Holds no secret: the key lives in a
 * {@link KeyVault} under this profile's {@link #id()}.
 *
 * @param id stable identity (the key's account name in the keychain); survives renames
 * @param name what the person calls it, unique among profiles
 * @param preset the provider it started from
 * @param baseUrl as typed, e.g. {@code https://api.openai.com/v1}
 * @param organization optional {@code OpenAI-Organization}
 * @param project optional {@code OpenAI-Project}
 * @param authStyle Bearer or Azure's api-key header
 * @param apiVersion Azure's api-version, or null
 * @param pagingMode how the server pages its list (AUTO finds out)
 * @param uploadStrategy multipart, or Together's presigned PUT
 * @param purposes the purposes offered for upload, the default first
 * @param expiresAfter whether uploads may carry an expiry
 * @param keyStorage where the key is kept
 */
public record ConnectionProfile(String id, String name, ProviderPreset preset, String baseUrl, String organization,
                                String project, AuthStyle authStyle, String apiVersion, PagingMode pagingMode,
                                UploadStrategy uploadStrategy, List<String> purposes, boolean expiresAfter,
                                KeyStorage keyStorage) {

    public ConnectionProfile {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNull(name, "name").strip();
        preset = preset == null ? ProviderPreset.CUSTOM : preset;
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        organization = blankToNull(organization);
        project = blankToNull(project);
        authStyle = authStyle == null ? preset.authStyle() : authStyle;
        apiVersion = blankToNull(apiVersion);
        pagingMode = pagingMode == null ? PagingMode.AUTO : pagingMode;
        uploadStrategy = uploadStrategy == null ? UploadStrategy.MULTIPART : uploadStrategy;
        purposes = purposes == null || purposes.isEmpty() ? preset.purposes() : purposes.stream().map(String::strip)
                .filter(p -> !p.isEmpty()).distinct().toList();
        keyStorage = keyStorage == null ? KeyStorage.KEYCHAIN : keyStorage;
    }

    /** A new profile filled in from a preset, with a fresh id. */
    public static ConnectionProfile fromPreset(String name, ProviderPreset preset, KeyStorage keyStorage) {
        return new ConnectionProfile(UUID.randomUUID().toString(), name, preset, preset.baseUrl(), null, null,
                preset.authStyle(), preset.defaultApiVersion(), preset.pagingMode(), preset.uploadStrategy(),
                preset.purposes(), preset.expiresAfter(), keyStorage);
    }

    /** What the upload sheet may offer and must warn about on this connection. */
    public Capabilities capabilities() {
        Capabilities base = preset.capabilities();
        List<String> offered = purposes.isEmpty() ? base.uploadPurposes() : purposes;
        return new Capabilities(offered, offered.get(0), expiresAfter, base.maxFileBytes(), base.maxBatchBytes());
    }

    /**
     * The client configuration for this profile and a key.
     *
     * @throws IllegalArgumentException when the base URL is not usable, with a message that says why
     */
    public ClientConfig clientConfig(ApiKey key) {
        ClientConfig config = ClientConfig.of(baseUrl, key)
                .withOrganization(organization)
                .withProject(project)
                .withPagingMode(pagingMode)
                .withUploadStrategy(uploadStrategy);
        return authStyle == AuthStyle.AZURE_API_KEY ? config.withAzureAuth(apiVersion) : config;
    }

    public ConnectionProfile withName(String value) {
        return new ConnectionProfile(id, value, preset, baseUrl, organization, project, authStyle, apiVersion, pagingMode,
                uploadStrategy, purposes, expiresAfter, keyStorage);
    }

    public ConnectionProfile withKeyStorage(KeyStorage value) {
        return new ConnectionProfile(id, name, preset, baseUrl, organization, project, authStyle, apiVersion, pagingMode,
                uploadStrategy, purposes, expiresAfter, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
