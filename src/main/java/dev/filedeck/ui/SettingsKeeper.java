package dev.filedeck.ui;

import dev.filedeck.settings.UiSettings;
import dev.filedeck.settings.UiSettingsStore;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Holds the remembered UI settings for the FX thread and writes every change to disk on a
 * background thread. Changes that come faster than the disk coalesce into one write of the latest.
 */
public final class SettingsKeeper implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SettingsKeeper.class.getName());

    private final UiSettingsStore store;
    private final ReadOnlyObjectWrapper<UiSettings> settings;
    private final AtomicReference<UiSettings> pending = new AtomicReference<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "filedeck-settings-writer");
        t.setDaemon(true);
        return t;
    });

    public SettingsKeeper(UiSettingsStore store, UiSettings initial) {
        this.store = store;
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", initial);
    }

    public UiSettings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<UiSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Applies a change (on the FX thread) and schedules the write. */
    public void update(UnaryOperator<UiSettings> change) {
        UiSettings next = change.apply(settings.get());
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        if (writer.isShutdown()) {
            return; // the app is closing: what was saved before stands
        }
        if (pending.getAndSet(next) == null) {
            writer.execute(this::writeLatest);
        }
    }

    private void writeLatest() {
        UiSettings latest = pending.getAndSet(null);
        if (latest == null) {
            return;
        }
        try {
            store.save(latest);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the window settings to " + store.file() + ": " + e.getMessage());
        }
    }

    /** Finishes the last write (at exit, so nothing is lost). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
