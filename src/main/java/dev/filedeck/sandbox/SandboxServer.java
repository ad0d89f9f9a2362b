package dev.filedeck.sandbox;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Local sandbox: a real Files API over HTTP on loopback, backed by a folder, imitating one provider's
 * dialect at a time. Start one with {@link #start(SandboxConfig)}; close it to stop.
 */
public final class SandboxServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());
    private static final int WORKER_THREADS = 16;
    private static final long SWEEP_INTERVAL_SECONDS = 30;
    private static final long CLOSE_GRACE_MILLIS = 2000;
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server sends headers and body in separate writes; with Nagle's algorithm on, the body then
        // waits for the client's delayed ACK: ~40 ms added to every request. The JDK reads this property once,
        // when the first HttpServer of the process starts; an explicit setting is left alone.
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final SandboxConfig config;
    private final FileStore store;
    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService sweeper;
    private final String apiKey;
    private final String urlHost;
    private final int port;
    private final Faults faults = new Faults();
    private final RequestLog requests = new RequestLog();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Dialect dialect;

    private SandboxServer(SandboxConfig config, FileStore store, HttpServer http, String apiKey) {
        this.config = config;
        this.store = store;
        this.http = http;
        this.apiKey = apiKey;
        this.dialect = config.dialect();
        InetSocketAddress bound = http.getAddress();
        this.port = bound.getPort();
        this.urlHost = urlHost(config.host(), bound.getAddress());
        this.workers = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("filedeck-sandbox-" + port + "-"));
        ((ThreadPoolExecutor) workers).allowCoreThreadTimeOut(true); // an idle sandbox holds no threads
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemonThreads("filedeck-sandbox-" + port + "-expiry-"));
    }

    /** Binds, loads the data dir, seeds the samples if asked and never done before, and starts serving. */
    public static SandboxServer start(SandboxConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        FileStore store = FileStore.open(config.dataDir(), config.limits(), config.clock(), config.durable());
        try {
            String key = config.apiKey() != null ? config.apiKey() : ApiKeys.loadOrCreate(config.dataDir(), config.durable());
            if (config.seedSamples()) {
                SampleFiles.seedIfNeeded(store, config.dataDir(), config.dialect(), config.durable());
            }
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(config.host()), config.port()), 0);
            SandboxServer server = new SandboxServer(config, store, http, key);
            server.serve();
            return server;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void serve() {
        FilesApi files = new FilesApi(store, config.limits(), this::baseUrl);
        http.createContext("/", new SandboxHandler(() -> dialect, new KeyCheck(apiKey), faults, requests, files));
        http.setExecutor(workers);
        http.start();
        sweeper.scheduleWithFixedDelay(this::sweepExpired, SWEEP_INTERVAL_SECONDS, SWEEP_INTERVAL_SECONDS, TimeUnit.SECONDS);
        LOG.log(Level.DEBUG, "Sandbox: serving {0} ({1} dialect) from {2}", baseUrl(), dialect.displayName(), config.dataDir());
    }

    private void sweepExpired() {
        try {
            int purged = store.purgeExpired();
            if (purged > 0) {
                LOG.log(Level.DEBUG, "Sandbox: {0} expired file(s) removed", purged);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sandbox: expiry sweep failed", e); // keep the schedule alive
        }
    }

    /** The base URL for the current dialect, e.g. {@code http://127.0.0.1:8089/v1}; no trailing slash. */
    public URI baseUrl() {
        return baseUrl(dialect);
    }

    /** The base URL as it would be in that dialect. */
    public URI baseUrl(Dialect d) {
        return URI.create("http://" + urlHost + ":" + port + d.prefix());
    }

    public String apiKey() {
        return apiKey;
    }

    public int port() {
        return port;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Switches the imitated provider; requests already running finish in the dialect they started in. */
    public void setDialect(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        LOG.log(Level.DEBUG, "Sandbox: now speaking the {0} dialect at {1}", dialect.displayName(), baseUrl());
    }

    public Faults faults() {
        return faults;
    }

    public RequestLog requests() {
        return requests;
    }

    public Path dataDir() {
        return config.dataDir();
    }

    /** Stops at once: open connections are closed, running handlers interrupted; the data dir is unlocked. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.stop(0);
        sweeper.shutdownNow();
        workers.shutdownNow();
        try {
            // Handlers fail fast once their connections are gone; let them clean up their temp files.
            workers.awaitTermination(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Sandbox: could not unlock " + config.dataDir() + ": " + e.getMessage());
        }
        LOG.log(Level.DEBUG, "Sandbox: stopped ({0})", baseUrl());
    }

    private static String urlHost(String configured, InetAddress bound) {
        if (bound.isAnyLocalAddress()) {
            return "127.0.0.1"; // bound to all interfaces; loopback is what a local client should use
        }
        String host = configured.isBlank() ? bound.getHostAddress() : configured;
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true); // never keeps the application alive
            return thread;
        };
    }
}
