package dev.filedeck.api;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends one API call: adds the credentials and headers, follows redirects safely, retries by the
 * policy, and turns every failure into an {@link ApiException}. Knows nothing of files.
 */
final class HttpCaller {

    private static final System.Logger LOG = System.getLogger("dev.filedeck.api");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 5;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "filedeck-transfer-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** Which failures are worth another attempt. */
    enum RetryRule {
        /** GET and DELETE: connection errors, timeouts, 408, 409, 429, 5xx. */
        IDEMPOTENT,
        /** Uploads: only 429 and 503, where the server surely did not keep the file. */
        UPLOAD
    }

    /**
     * One request to send; {@code body} is asked anew for each attempt.
     *
     * @param credentials whether the key and the organization/project headers go along (not to a presigned URL)
     * @param redirectIsAnswer whether a redirect is the answer itself (Together's upload start) rather than a hop
     * @param range a Range header value ("bytes=0-1023"), or null for the whole resource
     */
    record Call(String method, URI uri, Supplier<BodyPublisher> body, String contentType, Duration timeout,
                boolean credentials, boolean redirectIsAnswer, String range) {

        Call(String method, URI uri, Supplier<BodyPublisher> body, String contentType, Duration timeout) {
            this(method, uri, body, contentType, timeout, true, false, null);
        }

        Call(String method, URI uri, Supplier<BodyPublisher> body, String contentType, Duration timeout, String range) {
            this(method, uri, body, contentType, timeout, true, false, range);
        }

        Call(String method, URI uri, Supplier<BodyPublisher> body, String contentType, Duration timeout,
             boolean credentials, boolean redirectIsAnswer) {
            this(method, uri, body, contentType, timeout, credentials, redirectIsAnswer, null);
        }
    }

    /** A successful answer. */
    record Reply<T>(int status, HttpHeaders headers, T value) {
        String requestId() {
            return headers.firstValue("x-request-id").orElse(null);
        }
    }

    /** Either a success value or the first bytes of an error body. */
    private record Raw<T>(T value, byte[] errorBody) {
    }

    static {
        // The JDK client reads the network in 16 KB buffers by default; 256 KB ones make
        // downloads on fast links about twice as fast (see bench/README.md). Must be set before
        // the JDK's HTTP client classes load; a value given on the command line wins.
        if (System.getProperty("jdk.httpclient.bufsize") == null) {
            System.setProperty("jdk.httpclient.bufsize", Integer.toString(256 * 1024));
        }
    }

    private final HttpClient http;
    private final ClientConfig config;
    private final ErrorAnswers errors;
    private final Clock clock = Clock.systemUTC();
    private final String userAgent = Version.userAgent();

    HttpCaller(ClientConfig config) {
        this.config = config;
        this.errors = new ErrorAnswers(config.apiKey());
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                // Never automatically: a redirect to another host must not carry the key.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    ErrorAnswers errors() {
        return errors;
    }

    <T> Reply<T> execute(Call call, Supplier<BodyHandler<T>> success, RetryRule rule, Consumer<RetryNotice> onRetry,
                         CancelToken cancel, StallGuard guard) {
        RetryPolicy policy = config.retryPolicy();
        for (int attempt = 0; ; attempt++) {
            if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw ApiException.cancelled();
            }
            ApiException failure;
            HttpHeaders failedHeaders = null;
            boolean retryable;
            try {
                if (guard != null) {
                    guard.reset();
                }
                HttpResponse<Raw<T>> response = sendFollowingRedirects(call, success, cancel, guard);
                int status = response.statusCode();
                if (response.body().errorBody() == null) {
                    return new Reply<>(status, response.headers(), response.body().value());
                }
                String requestId = response.headers().firstValue("x-request-id").orElse(null);
                failure = errors.fromAnswer(status, response.body().errorBody(),
                        response.headers().firstValue("content-type").orElse(null), requestId);
                failedHeaders = response.headers();
                retryable = rule == RetryRule.IDEMPOTENT ? RetryPolicy.isRetryableStatus(status) : (status == 429 || status == 503);
                Boolean wish = RetryPolicy.serverWish(response.headers()).orElse(null);
                if (wish != null) {
                    retryable = wish && (rule == RetryRule.IDEMPOTENT || status == 429 || status == 503);
                }
            } catch (ApiException e) {
                failure = e;
                retryable = rule == RetryRule.IDEMPOTENT
                        && (e.kind() == ApiException.Kind.CONNECTION || e.kind() == ApiException.Kind.TIMEOUT);
            }
            if (!retryable || attempt >= policy.maxRetries()) {
                throw failure;
            }
            Duration delay = policy.delayBefore(attempt + 1, failedHeaders, clock);
            RetryNotice notice = new RetryNotice(attempt + 1, policy.maxRetries(), delay, failure.status(),
                    describe(failure), failure.requestId());
            LOG.log(Level.INFO, () -> call.method() + " " + safe(call.uri()) + ": " + notice.describe()
                    + " (attempt " + notice.attempt() + " of " + notice.maxRetries() + ")");
            onRetry.accept(notice);
            pause(delay, cancel);
        }
    }

    private static String describe(ApiException failure) {
        if (failure.status() == 429) {
            return "rate limited";
        }
        if (failure.status() >= 500) {
            return "server error " + failure.status();
        }
        if (failure.status() > 0) {
            return "HTTP " + failure.status();
        }
        return failure.kind() == ApiException.Kind.TIMEOUT ? "timed out" : "connection failed";
    }

    private static void pause(Duration delay, CancelToken cancel) {
        CountDownLatch woken = new CountDownLatch(1);
        Runnable wake = woken::countDown;
        cancel.onCancel(wake);
        try {
            woken.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.cancelled();
        } finally {
            cancel.removeOnCancel(wake);
        }
        if (cancel.isCancelled()) {
            throw ApiException.cancelled();
        }
    }

    private <T> HttpResponse<Raw<T>> sendFollowingRedirects(Call call, Supplier<BodyHandler<T>> success,
                                                            CancelToken cancel, StallGuard guard) {
        URI uri = call.uri();
        boolean credentials = call.credentials();
        for (int hop = 0; ; hop++) {
            HttpResponse<Raw<T>> response = sendOnce(call, uri, credentials, success, cancel, guard);
            int status = response.statusCode();
            if (!REDIRECTS.contains(status) || call.redirectIsAnswer()) {
                return response;
            }
            String location = response.headers().firstValue("location").orElse(null);
            if (location == null) {
                return response;
            }
            String requestId = response.headers().firstValue("x-request-id").orElse(null);
            if (!call.method().equals("GET")) {
                throw ApiException.protocol("The server redirected a " + call.method() + " request to " + location
                        + "; FileDeck follows redirects only for downloads", status, requestId);
            }
            if (hop >= MAX_REDIRECTS) {
                throw ApiException.protocol("Too many redirects (more than " + MAX_REDIRECTS + ")", status, requestId);
            }
            URI next = uri.resolve(location);
            // Credentials go only where they came from: same scheme, host and port.
            credentials = credentials && sameOrigin(uri, next);
            LOG.log(Level.DEBUG, () -> "redirect to " + safe(next));
            uri = next;
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private <T> HttpResponse<Raw<T>> sendOnce(Call call, URI uri, boolean credentials, Supplier<BodyHandler<T>> success,
                                              CancelToken cancel, StallGuard guard) {
        HttpRequest request = build(call, uri, credentials);
        BodyHandler<T> onSuccess = success.get();
        BodyHandler<Raw<T>> handler = info -> info.statusCode() / 100 == 2 || (call.redirectIsAnswer() && REDIRECTS.contains(info.statusCode()))
                ? BodySubscribers.mapping(onSuccess.apply(info), value -> new Raw<>(value, null))
                : BodySubscribers.mapping(new LimitedBytes(LimitedBytes.ERROR_BODY_LIMIT), bytes -> new Raw<T>(null, bytes));
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<Raw<T>>> future = http.sendAsync(request, handler);
        Runnable abort = () -> future.cancel(true);
        cancel.onCancel(abort);
        ScheduledFuture<?> watch = guard == null ? null : WATCHDOG.scheduleWithFixedDelay(() -> {
            if (guard.check()) {
                future.cancel(true);
            }
        }, 250, 250, TimeUnit.MILLISECONDS);
        try {
            HttpResponse<Raw<T>> response = future.get();
            LOG.log(Level.DEBUG, () -> call.method() + " " + safe(uri) + " -> " + response.statusCode() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms ("
                    + response.headers().firstValue("x-request-id").orElse("no request id") + ")");
            return response;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiException.cancelled();
        } catch (CancellationException e) {
            throw cancelledOrStalled(guard, uri);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.log(Level.DEBUG, () -> call.method() + " " + safe(uri) + " failed: " + cause.getClass().getSimpleName());
            if (cause instanceof ApiException api) {
                throw api;
            }
            if (cancel.isCancelled() || cause instanceof CancellationException) {
                throw cancelledOrStalled(guard, uri);
            }
            if (guard != null && guard.tripped()) {
                throw cancelledOrStalled(guard, uri);
            }
            if (cause instanceof FileSink.LocalWriteException local) {
                throw ApiException.of(ApiException.Kind.LOCAL_IO, "Could not write the file: " + local.getMessage(), local);
            }
            if (cause instanceof IOException io) {
                throw errors.fromIo(io, uri, call.timeout());
            }
            throw ApiException.of(ApiException.Kind.CONNECTION, "Request failed: " + cause, cause);
        } finally {
            cancel.removeOnCancel(abort);
            if (watch != null) {
                watch.cancel(false);
            }
        }
    }

    private ApiException cancelledOrStalled(StallGuard guard, URI uri) {
        if (guard != null && guard.tripped()) {
            return ApiException.of(ApiException.Kind.TIMEOUT, "The transfer from " + uri.getHost()
                    + " stalled: no data moved for " + guard.stallTimeout().toSeconds() + " s", null);
        }
        return ApiException.cancelled();
    }

    private HttpRequest build(Call call, URI uri, boolean credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("User-Agent", userAgent)
                .header("Accept", call.method().equals("GET") && uri.getPath().endsWith("/content") ? "*/*" : "application/json");
        if (call.timeout() != null) {
            builder.timeout(call.timeout());
        }
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // No h2c upgrade dance on plain HTTP (loopback sandboxes, local proxies).
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        if (credentials) {
            if (config.authStyle() == AuthStyle.AZURE_API_KEY) {
                builder.header("api-key", config.apiKey().reveal());
            } else {
                builder.header("Authorization", "Bearer " + config.apiKey().reveal());
            }
            if (config.organization() != null) {
                builder.header("OpenAI-Organization", config.organization());
            }
            if (config.project() != null) {
                builder.header("OpenAI-Project", config.project());
            }
        }
        if (call.range() != null) {
            builder.header("Range", call.range());
        }
        if (call.contentType() != null) {
            builder.header("Content-Type", call.contentType());
        }
        BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody() : call.body().get();
        return builder.method(call.method(), body).build();
    }

    /** The URL as it may be logged: without any user-info part (the key is never in a URL). */
    static String safe(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + redactQuery(uri.getRawQuery()));
    }

    /** A presigned URL's query is a credential: values of signature-like parameters are not logged. */
    static String redactQuery(String rawQuery) {
        StringBuilder out = new StringBuilder();
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            boolean secret = name.toLowerCase(java.util.Locale.ROOT).matches(".*(sig|signature|token|credential|key|secret).*");
            out.append(out.length() == 0 ? "" : "&").append(secret && eq >= 0 ? name + "=<redacted>" : pair);
        }
        return out.toString();
    }
}
