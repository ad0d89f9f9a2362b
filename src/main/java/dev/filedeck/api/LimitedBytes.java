package dev.filedeck.api;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Keeps the first bytes of an error body and stops reading after that: a hostile server cannot fill memory. */
final class LimitedBytes implements BodySubscriber<byte[]> {

    static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final int limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBytes(int limit) {
        this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), limit - out.size());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            out.writeBytes(chunk);
        }
        if (out.size() >= limit && !result.isDone()) {
            subscription.cancel();
            result.complete(out.toByteArray());
        }
    }

    @Override
    public void onError(Throwable throwable) {
        // What arrived before the break is still worth showing.
        result.complete(out.toByteArray());
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
