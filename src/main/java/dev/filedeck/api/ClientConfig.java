package dev.filedeck.api;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the client needs to reach one Files API.
 *
 * @param baseUrl as the user typed it: {@code https://api.openai.com/v1}, {@code https://host/openai/v1/}
 * @param apiKey the key (never printed: see {@link ApiKey})
 * @param organization optional {@code OpenAI-Organization}
 * @param project optional {@code OpenAI-Project}
 * @param authStyle Bearer or Azure's api-key header
 * @param apiVersion Azure's {@code api-version} query parameter (only with {@link AuthStyle#AZURE_API_KEY})
 * @param pagingMode how the server pages lists; AUTO finds out
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer to a list, retrieve or delete
 * @param stallTimeout how long a transfer may make no progress before it is abandoned
 * @param retryPolicy automatic retries
 * @param uploadStrategy how files are sent: one multipart POST, or Together's presigned PUT
 */
public record ClientConfig(URI baseUrl, ApiKey apiKey, String organization, String project, AuthStyle authStyle,
                           String apiVersion, PagingMode pagingMode, Duration connectTimeout, Duration requestTimeout,
                           Duration stallTimeout, RetryPolicy retryPolicy, UploadStrategy uploadStrategy) {

    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

    public ClientConfig {
        baseUrl = normalize(Objects.requireNonNull(baseUrl, "baseUrl"));
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(authStyle, "authStyle");
        Objects.requireNonNull(pagingMode, "pagingMode");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(uploadStrategy, "uploadStrategy");
        organization = blankToNull(organization);
        project = blankToNull(project);
        apiVersion = blankToNull(apiVersion);
    }

    /** A Bearer connection with default timeouts and retries. */
    public static ClientConfig of(String baseUrl, ApiKey apiKey) {
        return new ClientConfig(parseBaseUrl(baseUrl), apiKey, null, null, AuthStyle.BEARER, null, PagingMode.AUTO,
                Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60), RetryPolicy.defaults(), UploadStrategy.MULTIPART);
    }

    /** Parses a base URL as a user types it, with a clear message when it is not one. */
    public static URI parseBaseUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The base URL is empty");
        }
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a URL: " + text.strip(), e);
        }
        return normalize(uri);
    }

    private static URI normalize(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("The base URL must start with https:// or http:// and name a host: " + uri);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The base URL must not have a query or fragment: " + uri);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme.toLowerCase() + "://" + uri.getRawAuthority() + path);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ClientConfig withOrganization(String value) {
        return new ClientConfig(baseUrl, apiKey, value, project, authStyle, apiVersion, pagingMode, connectTimeout, requestTimeout, stallTimeout, retryPolicy, uploadStrategy);
    }

    public ClientConfig withProject(String value) {
        return new ClientConfig(baseUrl, apiKey, organization, value, authStyle, apiVersion, pagingMode, connectTimeout, requestTimeout, stallTimeout, retryPolicy, uploadStrategy);
    }

    /** Azure's style: the {@code api-key} header and an {@code api-version} on every request. */
    public ClientConfig withAzureAuth(String version) {
        return new ClientConfig(baseUrl, apiKey, organization, project, AuthStyle.AZURE_API_KEY, version, pagingMode, connectTimeout, requestTimeout, stallTimeout, retryPolicy, uploadStrategy);
    }

    public ClientConfig withPagingMode(PagingMode value) {
        return new ClientConfig(baseUrl, apiKey, organization, project, authStyle, apiVersion, value, connectTimeout, requestTimeout, stallTimeout, retryPolicy, uploadStrategy);
    }

    public ClientConfig withTimeouts(Duration connect, Duration request, Duration stall) {
        return new ClientConfig(baseUrl, apiKey, organization, project, authStyle, apiVersion, pagingMode, connect, request, stall, retryPolicy, uploadStrategy);
    }

    public ClientConfig withRetryPolicy(RetryPolicy value) {
        return new ClientConfig(baseUrl, apiKey, organization, project, authStyle, apiVersion, pagingMode, connectTimeout, requestTimeout, stallTimeout, value, uploadStrategy);
    }

    public ClientConfig withUploadStrategy(UploadStrategy value) {
        return new ClientConfig(baseUrl, apiKey, organization, project, authStyle, apiVersion, pagingMode, connectTimeout, requestTimeout, stallTimeout, retryPolicy, value);
    }

    @Override
    public String toString() {
        // Spelled out so the key's masked form is all that ever shows.
        return "ClientConfig[baseUrl=" + baseUrl + ", apiKey=" + apiKey + ", organization=" + organization
                + ", project=" + project + ", authStyle=" + authStyle + ", pagingMode=" + pagingMode + ", uploadStrategy=" + uploadStrategy + "]";
    }
}
