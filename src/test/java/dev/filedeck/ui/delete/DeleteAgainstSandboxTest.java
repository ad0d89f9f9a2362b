package dev.filedeck.ui.delete;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.ui.FxThreadFailures;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.FxBackgroundTasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deleting through the view model against a real Local sandbox, with the app's background tasks. */
@ExtendWith(FxThreadFailures.class)
class DeleteAgainstSandboxTest {

    private static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);

    @TempDir
    Path temp;

    private SandboxServer server;
    private FilesClient client;
    private FxBackgroundTasks tasks;
    private final List<Set<String>> reported = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startSandbox() throws IOException {
        server = SandboxServer.start(SandboxConfig.forTests(temp.resolve("sandbox")));
        client = new FilesClient(ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey())));
        tasks = new FxBackgroundTasks();
    }

    @AfterEach
    void stop() {
        tasks.close();
        server.close();
    }

    @Test
    void deletesTheThreeConfirmedFilesAndNothingElse() throws Exception {
        List<FileObject> files = upload(5);
        List<FileObject> chosen = List.of(files.get(0), files.get(2), files.get(4));
        RecordingDialogs dialogs = new RecordingDialogs(true);

        DeleteViewModel deletes = deleteAndWait(dialogs, chosen);

        RecordingDialogs.Shown question = dialogs.confirmations.get(0);
        assertEquals("Delete 3 files?", question.header());
        long total = chosen.stream().mapToLong(FileObject::bytes).sum();
        assertTrue(question.details().startsWith("3 files, " + FORMAT.byteSize(total) + " in all:"), question.details());
        for (FileObject file : chosen) {
            assertTrue(question.details().contains("• " + file.filename() + "\n"), file.filename() + " named in\n" + question.details());
        }
        assertTrue(question.details().endsWith("This cannot be undone."), question.details());
        assertEquals(Set.of(files.get(1).id(), files.get(3).id()), idsOnServer());
        assertEquals(List.of(ids(chosen)), reported);
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Deleted 3 files", onFx(() -> deletes.statusProperty().get()));
    }

    @Test
    void decliningDeletesNothing() throws Exception {
        List<FileObject> files = upload(3);
        RecordingDialogs dialogs = new RecordingDialogs(false);
        DeleteViewModel deletes = new DeleteViewModel(FileDeleter.of(client), dialogs, tasks, FORMAT, reported::add);

        assertFalse(onFx(() -> deletes.deleteSelected(files)));

        assertEquals(1, dialogs.confirmations.size());
        assertEquals(ids(files), idsOnServer());
        assertEquals(List.of(), reported);
    }

    @Test
    void aRefusedDeleteIsListedWithItsReasonAndRequestIdWhileTheOthersGo() throws Exception {
        List<FileObject> files = upload(3);
        FileObject refused = files.get(1);
        server.faults().add(FaultRule.on("DELETE", "/files/" + refused.id(), Fault.status(403)));
        RecordingDialogs dialogs = new RecordingDialogs(true);

        deleteAndWait(dialogs, files);

        assertEquals(Set.of(refused.id()), idsOnServer());
        assertEquals(List.of(Set.of(files.get(0).id(), files.get(2).id())), reported);
        assertEquals(1, dialogs.errors.size());
        RecordingDialogs.Shown error = dialogs.errors.get(0);
        assertEquals("1 of 3 files could not be deleted", error.header());
        assertTrue(error.details().contains("• " + refused.filename() + " (" + refused.id() + ")"), error.details());
        assertTrue(error.details().matches("(?s).*Request ID: req_\\S+.*"), error.details());
        assertFalse(error.details().contains(files.get(0).filename() + " ("), "only the failure is listed: " + error.details());
    }

    @Test
    void aFileAlreadyGoneCountsAsDeleted() throws Exception {
        List<FileObject> files = upload(2);
        client.delete(files.get(0).id());
        RecordingDialogs dialogs = new RecordingDialogs(true);

        deleteAndWait(dialogs, files);

        assertEquals(Set.of(), idsOnServer());
        assertEquals(List.of(ids(files)), reported);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void deletingThirtyFilesNeverSkipsOne() throws Exception {
        List<FileObject> files = upload(32);
        List<FileObject> chosen = files.subList(1, 31);
        RecordingDialogs dialogs = new RecordingDialogs(true);

        deleteAndWait(dialogs, chosen);

        assertEquals(Set.of(files.get(0).id(), files.get(31).id()), idsOnServer());
        assertEquals(List.of(ids(chosen)), reported);
        assertTrue(dialogs.confirmations.get(0).details().contains("and 25 more"), dialogs.confirmations.get(0).details());
    }

    private DeleteViewModel deleteAndWait(RecordingDialogs dialogs, List<FileObject> files) throws Exception {
        DeleteViewModel deletes = new DeleteViewModel(FileDeleter.of(client), dialogs, tasks, FORMAT, reported::add);
        assertTrue(onFx(() -> deletes.deleteSelected(files)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !onFx(() -> deletes.runningProperty().get()));
        return deletes;
    }

    private List<FileObject> upload(int count) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("local"));
        List<FileObject> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path file = Files.writeString(folder.resolve("part-" + i + ".jsonl"), ("{\"n\":" + i + "}\n").repeat(i));
            files.add(client.upload(UploadRequest.of(file, "fine-tune")));
        }
        return files;
    }

    private Set<String> idsOnServer() {
        return client.listAll(ListQuery.firstPage(100)).map(FileObject::id).collect(Collectors.toSet());
    }

    private static Set<String> ids(List<FileObject> files) {
        return files.stream().map(FileObject::id).collect(Collectors.toSet());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }
}
