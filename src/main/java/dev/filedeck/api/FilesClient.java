package dev.filedeck.api;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The Files API of one connection: upload, list, retrieve, download, open and delete. Thread-safe;
 * every method blocks the calling thread (never call it on the FX thread) and throws
 * {@link ApiException} on failure.
 */
public final class FilesClient {

    private static final String PAGE_CURSOR = "~offset:";
    private static final int FULL_WALK_PAGE_SIZE = 100;

    private final ClientConfig config;
    private final HttpCaller caller;
    private final Endpoints endpoints;
    private final LocalPager localPager = new LocalPager();
    private volatile PagingMode pagingMode;
    private volatile RetryListener retryListener = RetryListener.NONE;

    public FilesClient(ClientConfig config) {
        this.config = config;
        this.caller = new HttpCaller(config);
        this.endpoints = new Endpoints(config.baseUrl(), config.authStyle() == AuthStyle.AZURE_API_KEY ? config.apiVersion() : null);
        this.pagingMode = config.pagingMode();
    }

    public ClientConfig config() {
        return config;
    }

    /** Told of every automatic retry of list, retrieve, delete and open calls. */
    public void setRetryListener(RetryListener listener) {
        this.retryListener = listener == null ? RetryListener.NONE : listener;
    }

    /** How the server pages: as configured, or as found out from the first list answer. */
    public PagingMode pagingMode() {
        return pagingMode;
    }

    // ---- lists -------------------------------------------------------------------------------

    /** One page of files, the same page model whichever way the server pages. */
    public FilePage list(ListQuery query) {
        return switch (pagingMode) {
            case CURSOR -> cursorPage(query, fetchList(cursorParams(query)));
            case NONE -> localPage(query, null);
            case PAGE_NUMBER -> numberedPage(query);
            case AUTO -> detectAndList(query);
        };
    }

    /** Every page, fetched lazily one after another as the iteration advances. */
    public Iterable<FilePage> pages(ListQuery query) {
        return () -> new PageIterator(query);
    }

    /** Every file, fetched lazily page after page; nothing is capped. */
    public Stream<FileObject> listAll(ListQuery query) {
        Iterator<FilePage> pages = new PageIterator(query);
        Iterator<FileObject> files = new Iterator<>() {
            private Iterator<FileObject> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().files().iterator();
                }
                return current.hasNext();
            }

            @Override
            public FileObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private FilePage detectAndList(ListQuery query) {
        JsonAnswers.ListAnswer answer = fetchList(cursorParams(query));
        if (answer.hasMore() != null) {
            pagingMode = PagingMode.CURSOR;
            return cursorPage(query, answer);
        }
        if (answer.total() != null) {
            pagingMode = PagingMode.PAGE_NUMBER;
            return numberedPage(query);
        }
        pagingMode = PagingMode.NONE;
        // A full page might mean the server honoured limit after all: fetch without it to be sure.
        return localPage(query, answer.files().size() >= query.limit() ? null : answer.files());
    }

    private Map<String, String> cursorParams(ListQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("after", query.after());
        params.put("limit", Integer.toString(query.limit()));
        params.put("order", query.order().wireValue());
        params.put("purpose", query.purpose());
        return params;
    }

    private FilePage cursorPage(ListQuery query, JsonAnswers.ListAnswer answer) {
        List<FileObject> files = answer.files();
        boolean more = Boolean.TRUE.equals(answer.hasMore());
        if (files.size() > query.limit()) {
            // Some gateways ignore limit; keep the page model honest.
            files = files.subList(0, query.limit());
            more = true;
        }
        String first = files.isEmpty() ? null : files.get(0).id();
        String last = files.isEmpty() ? null : files.get(files.size() - 1).id();
        List<FileObject> shown = filterPurpose(files, query.purpose());
        return new FilePage(shown, first, last, more && last != null, more && last != null ? last : null, null, PagingMode.CURSOR);
    }

    private FilePage localPage(ListQuery query, List<FileObject> alreadyFetched) {
        if (!localPager.canContinue(query)) {
            List<FileObject> all = alreadyFetched != null ? alreadyFetched : fetchEverything(query.purpose());
            // Page-number servers (Mistral) list newest first; servers that do not page, oldest first.
            localPager.replace(all, query.purpose(), pagingMode == PagingMode.PAGE_NUMBER);
        }
        return localPager.page(query, pagingMode);
    }

    private FilePage numberedPage(ListQuery query) {
        long offset = 0;
        if (query.after() != null) {
            if (!query.after().startsWith(PAGE_CURSOR)) {
                return localPage(query, null);
            }
            offset = Long.parseLong(query.after().substring(PAGE_CURSOR.length()));
        }
        if (query.order() != SortOrder.NEWEST_FIRST || offset % query.limit() != 0) {
            // Page numbers come newest first only: other walks page a snapshot locally. A page size
            // changed in mid-walk also lands here and starts again from the first page.
            return localPage(query.after(null), null);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("page", Long.toString(offset / query.limit()));
        params.put("page_size", Integer.toString(query.limit()));
        params.put("include_total", "true");
        params.put("purpose", query.purpose());
        JsonAnswers.ListAnswer answer = fetchList(params);
        List<FileObject> files = answer.files().size() > query.limit() ? answer.files().subList(0, query.limit()) : answer.files();
        long reached = offset + files.size();
        boolean more = !files.isEmpty() && answer.total() != null && reached < answer.total();
        String first = files.isEmpty() ? null : files.get(0).id();
        String last = files.isEmpty() ? null : files.get(files.size() - 1).id();
        return new FilePage(filterPurpose(files, query.purpose()), first, last, more, more ? PAGE_CURSOR + reached : null,
                answer.total(), PagingMode.PAGE_NUMBER);
    }

    /** The complete list, for client-side paging. */
    private List<FileObject> fetchEverything(String purpose) {
        if (pagingMode != PagingMode.PAGE_NUMBER) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("purpose", purpose);
            return fetchList(params).files();
        }
        List<FileObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("page", Integer.toString(page));
            params.put("page_size", Integer.toString(FULL_WALK_PAGE_SIZE));
            params.put("include_total", "true");
            params.put("purpose", purpose);
            JsonAnswers.ListAnswer answer = fetchList(params);
            all.addAll(answer.files());
            if (answer.files().isEmpty() || (answer.total() != null && all.size() >= answer.total())) {
                return all;
            }
        }
    }

    private static List<FileObject> filterPurpose(List<FileObject> files, String purpose) {
        if (purpose == null) {
            return files;
        }
        return files.stream().filter(f -> purpose.equals(f.purpose())).toList();
    }

    private JsonAnswers.ListAnswer fetchList(Map<String, String> params) {
        HttpCaller.Reply<byte[]> reply = json("GET", endpoints.files(params));
        return JsonAnswers.list(jsonBody(reply), reply.status(), reply.requestId());
    }

    /** Walks pages, refusing to loop forever on a server that ignores the cursor. */
    private final class PageIterator implements Iterator<FilePage> {
        private ListQuery next;
        private final Set<String> seen = new HashSet<>();

        PageIterator(ListQuery first) {
            this.next = first;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public FilePage next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            FilePage page = list(next);
            boolean progressed = page.lastId() == null || seen.add(page.lastId());
            if (page.hasMore() && !progressed) {
                throw ApiException.protocol("The server returned the same page twice: it seems to ignore the 'after' cursor", 0, null);
            }
            next = page.hasMore() && page.nextCursor() != null ? next.after(page.nextCursor()) : null;
            return page;
        }
    }

    // ---- single files ---------------------------------------------------------------------------

    public FileObject retrieve(String fileId) {
        HttpCaller.Reply<byte[]> reply = json("GET", endpoints.file(fileId));
        return JsonAnswers.file(jsonBody(reply), reply.status(), reply.requestId());
    }

    public DeleteResult delete(String fileId) {
        HttpCaller.Reply<byte[]> reply = json("DELETE", endpoints.file(fileId));
        localPager.invalidate();
        return JsonAnswers.deleted(reply.value(), fileId, reply.status(), reply.requestId());
    }

    /** The content as a stream; close it to stop early (a preview reads only the start). */
    public ContentStream openContent(String fileId, CancelToken cancel) {
        HttpCaller.Call call = new HttpCaller.Call("GET", endpoints.content(fileId), null, null, config.requestTimeout());
        HttpCaller.Reply<InputStream> reply = caller.execute(call, BodyHandlers::ofInputStream, HttpCaller.RetryRule.IDEMPOTENT,
                retryListener::onRetry, cancel, null);
        return new ContentStream(reply.value(), reply.headers().firstValueAsLong("content-length").orElse(-1),
                reply.headers().firstValue("content-type").orElse(null));
    }

    /**
     * Only the first {@code firstBytes} of the content, for a preview: asks for a byte range, so a
     * server that honours ranges sends no more; one that does not sends everything, and closing the
     * stream early still ends the request. {@link ContentStream#length()} is the whole file's size.
     */
    public ContentStream openContentStart(String fileId, long firstBytes, CancelToken cancel) {
        HttpCaller.Call call = new HttpCaller.Call("GET", endpoints.content(fileId), null, null, config.requestTimeout(),
                "bytes=0-" + (firstBytes - 1));
        HttpCaller.Reply<InputStream> reply = caller.execute(call, BodyHandlers::ofInputStream, HttpCaller.RetryRule.IDEMPOTENT,
                retryListener::onRetry, cancel, null);
        long length = reply.headers().firstValueAsLong("content-length").orElse(-1);
        if (reply.status() == 206) {
            // "bytes 0-1023/52716614": the size after the slash, "*" when the server does not know it.
            String range = reply.headers().firstValue("content-range").orElse("");
            int slash = range.lastIndexOf('/');
            length = -1;
            if (slash >= 0) {
                try {
                    length = Long.parseLong(range.substring(slash + 1).strip());
                } catch (NumberFormatException e) {
                    length = -1;
                }
            }
        }
        return new ContentStream(reply.value(), length, reply.headers().firstValue("content-type").orElse(null));
    }

    public ContentStream openContent(String fileId) {
        return openContent(fileId, CancelToken.none());
    }

    // ---- transfers ------------------------------------------------------------------------------

    public FileObject upload(UploadRequest request) {
        return upload(request, TransferListener.NONE, CancelToken.none());
    }

    /**
     * Streams a file from disk as multipart/form-data with a known length. Retried automatically
     * only on 429 and 503 (the body is read again from the file).
     */
    public FileObject upload(UploadRequest request, TransferListener listener, CancelToken cancel) {
        long size;
        try {
            size = Files.size(request.file());
        } catch (IOException e) {
            throw ApiException.of(ApiException.Kind.LOCAL_IO, "Cannot read " + request.file() + ": " + e.getMessage(), e);
        }
        if (config.uploadStrategy() == UploadStrategy.PRESIGNED_PUT) {
            FileObject created = new PresignedUpload(caller, endpoints, config).upload(request, size, listener, cancel);
            localPager.invalidate();
            return created;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("purpose", request.purpose());
        if (request.expiresAfter() != null) {
            fields.put("expires_after[anchor]", "created_at");
            fields.put("expires_after[seconds]", Long.toString(request.expiresAfter().toSeconds()));
        }
        MultipartBody body = new MultipartBody(fields, request.file(), request.effectiveFilename(), size);
        ProgressReporter progress = new ProgressReporter(listener);
        StallGuard guard = new StallGuard(config.stallTimeout(), config.requestTimeout());
        long headLength = body.headLength();
        long bodyLength = body.contentLength();
        HttpCaller.Call call = new HttpCaller.Call("POST", endpoints.files(Map.of()), () -> {
            try {
                return new CountingPublisher(body.publisher(), sent -> {
                    guard.progressed();
                    progress.report(Math.max(0, Math.min(size, sent - headLength)), size);
                    if (sent >= bodyLength) {
                        guard.bodySent();
                    }
                }, cancel);
            } catch (FileNotFoundException e) {
                throw ApiException.of(ApiException.Kind.LOCAL_IO, "Cannot read " + request.file() + ": " + e.getMessage(), e);
            }
        }, body.contentType(), null);
        progress.restart(size);
        HttpCaller.Reply<byte[]> reply = caller.execute(call, BodyHandlers::ofByteArray, HttpCaller.RetryRule.UPLOAD,
                notice -> {
                    progress.restart(size);
                    listener.onRetry(notice);
                }, cancel, guard);
        FileObject created = JsonAnswers.file(jsonBody(reply), reply.status(), reply.requestId());
        progress.finish(size, size);
        localPager.invalidate();
        return created;
    }

    public Path download(DownloadRequest request) {
        return download(request, TransferListener.NONE, CancelToken.none());
    }

    /**
     * Streams the content into a temporary file beside the destination and renames it into place
     * only when complete and of the announced length. A cancel or a failure leaves no file behind.
     */
    public Path download(DownloadRequest request, TransferListener listener, CancelToken cancel) {
        Path destination = request.destination().toAbsolutePath();
        Path folder = destination.getParent();
        if (!request.replaceExisting() && Files.exists(destination)) {
            throw ApiException.of(ApiException.Kind.LOCAL_IO, destination + " already exists", new FileAlreadyExistsException(destination.toString()));
        }
        Path partial;
        try {
            Files.createDirectories(folder);
            partial = createPartialFile(folder, destination.getFileName().toString());
        } catch (IOException e) {
            throw ApiException.of(ApiException.Kind.LOCAL_IO, "Cannot write in " + folder + ": " + e.getMessage(), e);
        }
        boolean moved = false;
        try {
            ProgressReporter progress = new ProgressReporter(listener);
            StallGuard guard = new StallGuard(config.stallTimeout(), config.requestTimeout());
            long[] announced = {-1};
            HttpCaller.Call call = new HttpCaller.Call("GET", endpoints.content(request.fileId()), null, null, config.requestTimeout());
            HttpCaller.Reply<Long> reply = caller.execute(call, () -> info -> {
                announced[0] = info.headers().firstValueAsLong("content-length").orElse(-1);
                long total = announced[0] >= 0 ? announced[0] : request.expectedBytes() == null ? -1 : request.expectedBytes();
                progress.restart(total);
                return new FileSink(partial, written -> {
                    guard.progressed();
                    progress.report(written, total);
                }, cancel);
            }, HttpCaller.RetryRule.IDEMPOTENT, notice -> listener.onRetry(notice), cancel, guard);
            long received = reply.value();
            if (announced[0] >= 0 && received != announced[0]) {
                throw ApiException.of(ApiException.Kind.CONNECTION, "The download broke off after " + received + " of "
                        + announced[0] + " bytes", null);
            }
            if (request.expectedBytes() != null && received != request.expectedBytes()) {
                throw ApiException.protocol("The server sent " + received + " bytes, but the file's size is "
                        + request.expectedBytes() + " bytes", reply.status(), reply.requestId());
            }
            if (cancel.isCancelled()) {
                throw ApiException.cancelled();
            }
            place(partial, destination, request.replaceExisting());
            moved = true;
            progress.finish(received, received);
            return destination;
        } finally {
            if (!moved) {
                deleteQuietly(partial);
            }
        }
    }

    private static void place(Path partial, Path destination, boolean replace) {
        try {
            if (!replace && Files.exists(destination)) {
                throw new FileAlreadyExistsException(destination.toString());
            }
            Files.move(partial, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw ApiException.of(ApiException.Kind.LOCAL_IO, "Cannot save " + destination + ": " + e.getMessage(), e);
        }
    }

    /**
     * A hidden, uniquely named file beside the destination. Not Files.createTempFile: that makes
     * the file owner-only (0600), and the renamed download would keep those permissions instead of
     * the user's usual ones.
     */
    private static Path createPartialFile(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            Path candidate = folder.resolve("." + shortened(name) + "." + suffix + ".part");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }

    private static String shortened(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: a temporary file the OS will not let go of
        }
    }

    // ---- plumbing ---------------------------------------------------------------------------------

    private HttpCaller.Reply<byte[]> json(String method, java.net.URI uri) {
        HttpCaller.Call call = new HttpCaller.Call(method, uri, null, null, config.requestTimeout());
        return caller.execute(call, BodyHandlers::ofByteArray, HttpCaller.RetryRule.IDEMPOTENT, retryListener::onRetry,
                CancelToken.none(), null);
    }

    /** The body of a 2xx answer that must be JSON; a web page instead of JSON usually means a wrong base URL. */
    static byte[] jsonBody(HttpCaller.Reply<byte[]> reply) {
        String type = reply.headers().firstValue("content-type").orElse("");
        if (type.toLowerCase(java.util.Locale.ROOT).contains("text/html")) {
            throw ApiException.protocol("The server answered with a web page instead of JSON: is the base URL right? "
                    + "It usually ends in /v1", reply.status(), reply.requestId());
        }
        return reply.value();
    }

    @Override
    public String toString() {
        return "FilesClient[" + config.baseUrl() + "]";
    }

    /** For tests: the stall timeout in effect. */
    Duration stallTimeout() {
        return config.stallTimeout();
    }
}
