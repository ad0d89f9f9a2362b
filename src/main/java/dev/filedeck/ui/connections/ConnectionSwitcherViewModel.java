package dev.filedeck.ui.connections;

import dev.filedeck.api.ApiKey;
import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionManager;
import dev.filedeck.connection.OpenConnection;
import dev.filedeck.ui.dialog.DialogService;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.LatestOnly;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Which connection the window shows, and switching to another: opening it (reading its key, or
 * asking for it) happens in the background; the window follows {@link #currentProperty()}.
 * Connections opened before stay open, so transfers started on them run to their end.
 */
public final class ConnectionSwitcherViewModel {

    private static final System.Logger LOG = System.getLogger(ConnectionSwitcherViewModel.class.getName());

    private final ConnectionManager connections;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final LatestOnly opening;
    private final ObservableList<ConnectionChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<ConnectionChoice> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyObjectWrapper<OpenConnection> current;
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper(this, "switching");
    private final BooleanProperty allowed = new SimpleBooleanProperty(this, "allowed", true);
    private final ReadOnlyBooleanWrapper bannerDismissed = new ReadOnlyBooleanWrapper(this, "bannerDismissed");
    private final ReadOnlyBooleanWrapper hasSavedConnections = new ReadOnlyBooleanWrapper(this, "hasSavedConnections");

    public ConnectionSwitcherViewModel(ConnectionManager connections, OpenConnection initial, BackgroundTasks tasks,
                                       DialogService dialogs) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.opening = new LatestOnly(tasks);
        this.current = new ReadOnlyObjectWrapper<>(this, "current", Objects.requireNonNull(initial, "initial"));
        reloadChoices();
    }

    /** Reads the saved connections again (after the connections dialog changed them). */
    public void reloadChoices() {
        choices.setAll(connections.choices());
        hasSavedConnections.set(!connections.saved().profiles().isEmpty());
        OpenConnection shown = current.get();
        if (shown.choice() instanceof ConnectionChoice.Saved saved) {
            // The shown connection was edited: reopen it with its new settings; deleted: back to the sandbox.
            var now = connections.saved().byId(saved.id());
            if (now.isEmpty()) {
                switchTo(choices.get(0));
            } else if (!now.get().equals(saved.profile())) {
                switchTo(new ConnectionChoice.Saved(now.get()));
            }
        }
    }

    /** Shows another connection's files; asks for its key when none is kept. */
    public void switchTo(ConnectionChoice choice) {
        if (!allowed.get() || choice.equals(current.get().choice())) {
            return;
        }
        switching.set(true);
        opening.run(() -> {
            try {
                return connections.open(choice);
            } catch (ConnectionManager.KeyNeeded needed) {
                return needed;
            }
        }, result -> {
            if (result instanceof OpenConnection opened) {
                opened(opened);
            } else {
                askKeyAndOpen((ConnectionManager.KeyNeeded) result);
            }
        }, this::failed);
    }

    private void askKeyAndOpen(ConnectionManager.KeyNeeded needed) {
        var typed = dialogs.askSecret("Connect to " + needed.profile().name(), "API key for " + needed.profile().name(),
                needed.getMessage() + " FileDeck keeps it in memory until it quits.");
        if (typed.isEmpty()) {
            switching.set(false);
            return;
        }
        ApiKey key = ApiKey.of(typed.get());
        opening.run(() -> connections.open(new ConnectionChoice.Saved(needed.profile()), key), this::opened, this::failed);
    }

    private void opened(OpenConnection connection) {
        switching.set(false);
        current.set(connection);
        tasks.run(() -> {
            connections.markUsed(connection.choice());
            return null;
        }, ignored -> { }, error -> LOG.log(Level.WARNING, "Could not remember the last connection: " + error.getMessage()));
    }

    private void failed(Throwable error) {
        switching.set(false);
        dialogs.showError("Connection", "Could not open the connection", error.getMessage()
                + "\n\nCheck it in File › Connections… (Ctrl+K).");
    }

    /** Hides the "you are on a local sandbox" banner for this session. */
    public void dismissBanner() {
        bannerDismissed.set(true);
    }

    /** Whether to suggest adding a real connection: on the sandbox, with none saved, not dismissed. */
    public BooleanBinding sandboxBannerBinding() {
        return Bindings.createBooleanBinding(() -> current.get().isLocalSandbox() && !hasSavedConnections.get()
                && !bannerDismissed.get(), current, hasSavedConnections, bannerDismissed);
    }

    public ObservableList<ConnectionChoice> choices() {
        return readOnlyChoices;
    }

    public ReadOnlyObjectProperty<OpenConnection> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public OpenConnection current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    /** Switching waits while something runs that must finish on the current connection (deletes). */
    public BooleanProperty allowedProperty() {
        return allowed;
    }

    public ConnectionManager connections() {
        return connections;
    }
}
