package dev.filedeck.api;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * Passes a request body through, counting the bytes handed to the HTTP client and failing the
 * body at once when the transfer is cancelled (which aborts the request mid-stream).
 */
final class CountingPublisher implements BodyPublisher {

    private final BodyPublisher delegate;
    private final LongConsumer onCount;
    private final CancelToken cancel;

    CountingPublisher(BodyPublisher delegate, LongConsumer onCount, CancelToken cancel) {
        this.delegate = delegate;
        this.onCount = onCount;
        this.cancel = cancel;
    }

    @Override
    public long contentLength() {
        return delegate.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> downstream) {
        delegate.subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription upstream;
            private long count;
            private boolean done;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                upstream = subscription;
                downstream.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                if (done) {
                    return;
                }
                if (cancel.isCancelled()) {
                    done = true;
                    upstream.cancel();
                    downstream.onError(new IOException("Upload cancelled"));
                    return;
                }
                count += item.remaining();
                onCount.accept(count);
                downstream.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
                if (!done) {
                    done = true;
                    downstream.onError(throwable);
                }
            }

            @Override
            public void onComplete() {
                if (!done) {
                    done = true;
                    downstream.onComplete();
                }
            }
        });
    }
}
