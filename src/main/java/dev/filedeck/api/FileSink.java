package dev.filedeck.api;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * Writes a response body straight from the network buffers into a file (no extra copy, constant
 * memory), counting bytes as it goes. The file is truncated first, so a retry starts clean.
 */
final class FileSink implements BodySubscriber<Long> {

    private final Path target;
    private final LongConsumer onCount;
    private final CancelToken cancel;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private FileChannel channel;
    private Flow.Subscription subscription;
    private long count;

    FileSink(Path target, LongConsumer onCount, CancelToken cancel) {
        this.target = target;
        this.onCount = onCount;
        this.cancel = cancel;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        try {
            channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            fail(new LocalWriteException(e));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        if (cancel.isCancelled()) {
            fail(new CancellationException("Download cancelled"));
            return;
        }
        try {
            // One gathering write for the whole batch: fewer system calls than a write per buffer.
            ByteBuffer[] batch = buffers.toArray(new ByteBuffer[0]);
            long remaining = 0;
            for (ByteBuffer buffer : batch) {
                remaining += buffer.remaining();
            }
            while (remaining > 0) {
                long written = channel.write(batch);
                remaining -= written;
                count += written;
            }
        } catch (IOException e) {
            fail(new LocalWriteException(e));
            return;
        }
        onCount.accept(count);
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        closeChannel();
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        try {
            if (channel != null) {
                channel.close();
            }
            result.complete(count);
        } catch (IOException e) {
            result.completeExceptionally(new LocalWriteException(e));
        }
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    private void fail(Throwable t) {
        if (subscription != null) {
            subscription.cancel();
        }
        closeChannel();
        result.completeExceptionally(t);
    }

    private void closeChannel() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the temporary file is deleted by the caller anyway
        }
    }

    /** Marks a failure of the local disk, which no retry will mend. */
    static final class LocalWriteException extends IOException {
        LocalWriteException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
