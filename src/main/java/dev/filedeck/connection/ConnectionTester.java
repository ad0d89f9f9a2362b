package dev.filedeck.connection;

import dev.filedeck.api.ApiException;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FilePage;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.RetryPolicy;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Test connection": lists one file and says plainly what happened. Blocking; no retries, so a
 * wrong setting is reported in seconds rather than after the backoff a real call would wait out.
 */
public final class ConnectionTester {

    private final Duration connectTimeout;
    private final Duration answerTimeout;

    /** @param answerTimeout how long to wait for the list's answer; a test gives up sooner than a real call */
    public ConnectionTester(Duration connectTimeout, Duration answerTimeout) {
        this.connectTimeout = connectTimeout;
        this.answerTimeout = answerTimeout;
    }

    /** Gives up after 8 s without a connection and 20 s without an answer. */
    public static ConnectionTester standard() {
        return new ConnectionTester(Duration.ofSeconds(8), Duration.ofSeconds(20));
    }

    /** Checks a connection's settings before they are saved; the preset explains providers without files. */
    public ConnectionCheck check(ProviderPreset preset, ClientConfig config) {
        if (!preset.hasFilesApi()) {
            return new ConnectionCheck(ConnectionCheck.Outcome.NO_FILES_API, preset.label() + " has no Files API",
                    preset.notes(), List.of(), null);
        }
        return check(config);
    }

    public ConnectionCheck check(ClientConfig config) {
        List<String> warnings = warningsFor(config.baseUrl());
        FilesClient client = new FilesClient(config.withRetryPolicy(RetryPolicy.never())
                .withTimeouts(connectTimeout, answerTimeout, answerTimeout));
        try {
            FilePage page = client.list(ListQuery.firstPage(1));
            return new ConnectionCheck(ConnectionCheck.Outcome.OK, "Connected", describeSuccess(page, client.pagingMode()),
                    warnings, null);
        } catch (ApiException e) {
            return describeFailure(e, config.baseUrl(), warnings);
        }
    }

    private static String describeSuccess(FilePage page, PagingMode paging) {
        String files = page.files().isEmpty() ? "The Files API answered; there are no files yet."
                : "The Files API answered and listed a file.";
        String pages = switch (paging) {
            case CURSOR -> " The server pages its list (cursor paging).";
            case PAGE_NUMBER -> " The server pages its list by page number.";
            case NONE -> " The server sends its whole list at once; FileDeck pages it for you.";
            case AUTO -> "";
        };
        return files + pages;
    }

    private static ConnectionCheck describeFailure(ApiException e, URI baseUrl, List<String> warnings) {
        String message = e.serverMessage() != null ? "The server said: " + e.serverMessage() : e.getMessage();
        return switch (e.kind()) {
            case HTTP -> switch (e.status()) {
                case 401 -> failure(ConnectionCheck.Outcome.BAD_KEY, "The key was refused (401)",
                        "Check the API key: copy it again from the provider's console, without spaces. " + message, e, warnings);
                case 403 -> failure(ConnectionCheck.Outcome.FORBIDDEN, "Access denied (403)",
                        "The key is valid but may not use files here: check its permissions, the organization and the project. "
                                + message, e, warnings);
                case 404 -> failure(ConnectionCheck.Outcome.NOT_FOUND, "Not found (404): is the base URL right?",
                        notFoundHint(baseUrl), e, warnings);
                case 405 -> failure(ConnectionCheck.Outcome.NOT_A_FILES_API, "The server has no file list here (405)",
                        notFoundHint(baseUrl), e, warnings);
                default -> failure(ConnectionCheck.Outcome.FAILED, "The server answered with an error (" + e.status() + ")",
                        message, e, warnings);
            };
            case TLS -> failure(ConnectionCheck.Outcome.TLS, "Secure connection failed (TLS)",
                    message + ". Check the address (https:// to a server that speaks plain http fails like this) "
                            + "or the server's certificate.", e, warnings);
            case TIMEOUT -> failure(ConnectionCheck.Outcome.TIMEOUT, "No answer in time", message
                    + ". Check the address and your network or proxy.", e, warnings);
            case CONNECTION -> failure(ConnectionCheck.Outcome.UNREACHABLE, "Cannot reach the server", message, e, warnings);
            case PROTOCOL -> failure(ConnectionCheck.Outcome.NOT_A_FILES_API,
                    "The server answered, but not as an OpenAI-compatible Files API",
                    message + ". " + notFoundHint(baseUrl), e, warnings);
            default -> failure(ConnectionCheck.Outcome.FAILED, "The test failed", message, e, warnings);
        };
    }

    private static ConnectionCheck failure(ConnectionCheck.Outcome outcome, String headline, String detail, ApiException e,
                                           List<String> warnings) {
        return new ConnectionCheck(outcome, headline, detail, warnings, e.requestId());
    }

    /** Most wrong base URLs miss the version segment, or have a path the provider does not use. */
    static String notFoundHint(URI baseUrl) {
        String url = baseUrl.toString();
        String path = baseUrl.getPath() == null ? "" : baseUrl.getPath();
        if (!path.matches(".*/v\\d+$") && !path.endsWith("/openai")) {
            return "FileDeck asked " + url + "/files. Most providers' base URLs end in /v1: try " + url + "/v1.";
        }
        return "FileDeck asked " + url + "/files. Check the base URL in your provider's documentation; "
                + "some OpenAI-compatible servers (vLLM, inference-only endpoints) have no Files API at all.";
    }

    /** An API key sent over plain http to another computer can be read by anyone on the way. */
    public static List<String> warningsFor(URI baseUrl) {
        List<String> warnings = new ArrayList<>();
        if ("http".equals(baseUrl.getScheme().toLowerCase(Locale.ROOT)) && !isLoopback(baseUrl.getHost())) {
            warnings.add("This connection uses plain http:// to " + baseUrl.getHost()
                    + ": the API key and your files travel unencrypted. Use https:// unless the network is yours.");
        }
        return warnings;
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name: never resolve it here, the answer would depend on the network
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
