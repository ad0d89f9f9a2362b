package dev.filedeck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.ui.FxThreadFailures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The smoke run's report on the real app and a real sandbox: what it prints and how it exits. */
@ExtendWith(FxThreadFailures.class)
class SmokeRunTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger exits = new AtomicInteger();
    private Stage stage;
    private Application app;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private SmokeRun smokeRun() {
        // The test's toolkit must outlive the run: count the exits instead of stopping JavaFX.
        return new SmokeRun(dir.resolve("smoke"), new PrintStream(printed, true, StandardCharsets.UTF_8), exits::incrementAndGet);
    }

    private FileDeckApp startApp(ConnectionChoice choice) throws Exception {
        System.setProperty("filedeck.config.dir", dir.resolve("config").toString());
        stage = FxToolkit.registerPrimaryStage();
        FileDeckApp started = (FileDeckApp) FxToolkit.setupApplication(() -> new FileDeckApp(() -> choice));
        app = started;
        return started;
    }

    /** What the app does in a smoke run, once its window is built. */
    private void watch(SmokeRun smoke, FileDeckApp started) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> started.window() != null).get());
        WaitForAsyncUtils.asyncFx(() -> {
            smoke.watchFirstFrame(stage);
            smoke.watchFirstList(stage, started.window().files());
        }).get(10, TimeUnit.SECONDS);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsTheFilesOfTheFirstListAndPasses() throws Exception {
        FileDeckApp started = startApp(new ConnectionChoice.LocalSandbox(dir.resolve("sandbox")));
        SmokeRun smoke = smokeRun();

        watch(smoke, started);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> smoke.exitCode() != -1);

        assertEquals(0, smoke.exitCode(), output());
        assertTrue(output().contains("smoke: first frame "), output());
        assertTrue(output().contains("smoke: listed 4 files: diagram.png, batch-results.jsonl, batch-requests.jsonl, "
                + "support-chat-finetune.jsonl"), output());
        assertEquals(1, exits.get());
    }

    @Test
    void failsWhenTheListCannotBeLoaded() throws Exception {
        // A sandbox that stops right after start: the address is valid, nothing answers any more.
        SandboxServer gone = SandboxServer.start(SandboxConfig.forTests(dir.resolve("gone")));
        ConnectionChoice.Environment unreachable = new ConnectionChoice.Environment(
                dev.filedeck.api.ClientConfig.of(gone.baseUrl().toString(), dev.filedeck.api.ApiKey.of(gone.apiKey())),
                dev.filedeck.connection.ProviderPreset.CUSTOM);
        gone.close();
        FileDeckApp started = startApp(unreachable);
        SmokeRun smoke = smokeRun();

        watch(smoke, started);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> smoke.exitCode() != -1);

        assertEquals(1, smoke.exitCode(), output());
        assertTrue(output().contains("smoke: failed, The files could not be loaded: "), output());
        assertFalse(output().contains("smoke: listed"), output());
    }

    @Test
    void endingBeforeAListFailsAndKeepsTheFolderForItsLog() throws Exception {
        Files.createDirectories(dir.resolve("smoke").resolve("logs"));
        SmokeRun smoke = smokeRun();

        assertEquals(1, smoke.end());

        assertTrue(output().contains("smoke: failed, the app closed before it listed any file"), output());
        assertTrue(output().contains("smoke: kept " + dir.resolve("smoke")), output());
        assertTrue(Files.isDirectory(dir.resolve("smoke").resolve("logs")));
    }
}
