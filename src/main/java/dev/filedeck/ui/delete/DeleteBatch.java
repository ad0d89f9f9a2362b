package dev.filedeck.ui.delete;

import dev.filedeck.api.ApiException;
import dev.filedeck.api.FileObject;
import dev.filedeck.ui.task.ProgressWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Deletes a fixed list of files, a few at a time. The list is taken as it is given: nothing is
 * listed again while deleting, so files shifting between pages can neither be skipped nor hit by
 * mistake. A file the server no longer knows (404) counts as deleted. Blocking: run it as a
 * background task; cancelling it interrupts the deletes not yet sent.
 */
final class DeleteBatch implements ProgressWork<DeleteOutcome, DeleteProgress> {

    /** Enough to be quick, few enough not to trip a provider's rate limit. */
    static final int CONCURRENCY = 4;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final FileDeleter deleter;
    private final List<FileObject> files;

    /** @param files the files to delete, each once */
    DeleteBatch(FileDeleter deleter, List<FileObject> files) {
        this.deleter = deleter;
        this.files = List.copyOf(files);
    }

    @Override
    public DeleteOutcome call(Consumer<? super DeleteProgress> progress) throws InterruptedException {
        if (files.isEmpty()) {
            return new DeleteOutcome(Set.of(), List.of());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(CONCURRENCY, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "filedeck-delete-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Attempt> answers = new ExecutorCompletionService<>(pool);
            for (FileObject file : files) {
                answers.submit(() -> attempt(file));
            }
            Set<String> deleted = new HashSet<>();
            List<DeleteFailure> failures = new ArrayList<>();
            for (int finished = 1; finished <= files.size(); finished++) {
                Attempt attempt = answers.take().get();
                if (attempt.failure() == null) {
                    deleted.add(attempt.file().id());
                } else {
                    failures.add(attempt.failure());
                }
                progress.accept(new DeleteProgress(finished, files.size()));
            }
            return new DeleteOutcome(deleted, inGivenOrder(failures));
        } catch (ExecutionException e) {
            throw new IllegalStateException("A delete broke off unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Attempt attempt(FileObject file) {
        try {
            if (deleter.delete(file.id())) {
                return new Attempt(file, null);
            }
            return new Attempt(file, new DeleteFailure(file, "The server answered that it did not delete the file", null));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return new Attempt(file, null); // already gone: what the user wanted
            }
            return new Attempt(file, new DeleteFailure(file, e.getMessage(), e.requestId()));
        } catch (RuntimeException e) {
            return new Attempt(file, new DeleteFailure(file, String.valueOf(e.getMessage()), null));
        }
    }

    /** Failures arrive in the order the server answered; the report lists them as the user selected them. */
    private List<DeleteFailure> inGivenOrder(List<DeleteFailure> failures) {
        Map<String, DeleteFailure> byId = new HashMap<>();
        failures.forEach(failure -> byId.put(failure.file().id(), failure));
        return files.stream().map(file -> byId.get(file.id())).filter(Objects::nonNull).toList();
    }

    private record Attempt(FileObject file, DeleteFailure failure) {
    }
}
