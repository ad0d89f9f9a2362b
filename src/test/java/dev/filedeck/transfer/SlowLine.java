package dev.filedeck.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A slow network line between a client and the sandbox: a loopback TCP relay that passes what the
 * client sends at a fixed rate, and counts it. Over loopback a 40 MB upload would be over in a
 * blink; through this line it takes seconds, moving steadily, so a test can watch it part-way.
 */
public final class SlowLine implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final long bytesPerSecond;
    private final AtomicLong relayedUp = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "slow-line");
        thread.setDaemon(true);
        return thread;
    });

    private SlowLine(URI targetBase, long bytesPerSecond) throws IOException {
        this.target = new InetSocketAddress(targetBase.getHost(), targetBase.getPort());
        this.bytesPerSecond = bytesPerSecond;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** A line to the server at {@code targetBase} (any path is kept), passing uploads at {@code bytesPerSecond}. */
    public static SlowLine to(URI targetBase, long bytesPerSecond) {
        try {
            return new SlowLine(targetBase, bytesPerSecond);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code targetBase} reached through this line. */
    public URI through(URI targetBase) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + targetBase.getRawPath());
    }

    /** Bytes the client has got through to the server so far. */
    public long relayedUp() {
        return relayedUp.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(target.getAddress(), target.getPort());
                sockets.add(client);
                sockets.add(server);
                threads.execute(() -> relay(client, server, true));
                threads.execute(() -> relay(server, client, false));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket from, Socket to, boolean paced) {
        byte[] buffer = new byte[16 * 1024];
        long started = System.nanoTime();
        long passed = 0;
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                out.flush();
                passed += n;
                if (paced) {
                    relayedUp.addAndGet(n);
                    // The line's speed: wait until this much could have passed at the set rate.
                    long due = started + passed * 1_000_000_000L / bytesPerSecond;
                    for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                        LockSupport.parkNanos(wait);
                    }
                }
            }
        } catch (IOException e) {
            // one side hung up: hang up the other too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        sockets.forEach(SlowLine::closeQuietly);
        threads.shutdownNow();
    }
}
