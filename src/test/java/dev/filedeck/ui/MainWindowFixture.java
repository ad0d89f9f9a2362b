package dev.filedeck.ui;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FilesClient;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionManager;
import dev.filedeck.connection.KeyVault;
import dev.filedeck.connection.OpenConnection;
import dev.filedeck.connection.OwnerOnlyFileSecrets;
import dev.filedeck.connection.ProfileStore;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.settings.UiSettingsStore;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.FxBackgroundTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.stage.Stage;

/** A main window on a real Local sandbox, as the app builds it, with its memory in a temporary folder. */
final class MainWindowFixture implements AutoCloseable {

    final SandboxServer server;
    final FilesClient client;
    final FxBackgroundTasks tasks = new FxBackgroundTasks();
    final TransferQueue queue = new TransferQueue(Platform::runLater, 2);
    final SettingsKeeper settings;
    final UiSettingsStore store;
    final List<Path> openedFolders = new CopyOnWriteArrayList<>();
    final ConnectionManager connections;
    final OpenConnection sandboxConnection;
    MainWindow window;

    MainWindowFixture(Path dir, boolean seed, UiSettings initial) {
        try {
            server = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox")).withSeedSamples(seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = new FilesClient(ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey())));
        store = new UiSettingsStore(dir.resolve("config").resolve("ui-settings.json"));
        ConnectionChoice.LocalSandbox sandbox = new ConnectionChoice.LocalSandbox(dir.resolve("sandbox"));
        // No system keychain in tests: keys go to an owner-only file in the temporary folder.
        connections = new ConnectionManager(new ProfileStore(dir.resolve("config").resolve(ProfileStore.FILE_NAME)),
                new KeyVault(java.util.Optional::empty, new OwnerOnlyFileSecrets(dir.resolve("config").resolve("keys.json"))),
                null, sandbox);
        sandboxConnection = connections.adopt(OpenConnection.onRunningSandbox(server, sandbox));
        settings = new SettingsKeeper(store, initial);
    }

    /** Call on the FX thread, from @Start. */
    MainWindow show(Stage stage) {
        MainServices services = new MainServices(connections, sandboxConnection, settings, tasks, queue, openedFolders::add,
                DisplayFormat.system(), null);
        window = new MainWindow(stage, services);
        window.show();
        return window;
    }

    @Override
    public void close() {
        queue.close();
        tasks.close();
        settings.close();
        connections.close();
        server.close();
    }
}
