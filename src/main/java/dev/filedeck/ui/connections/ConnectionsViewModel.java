package dev.filedeck.ui.connections;

import dev.filedeck.api.ApiKey;
import dev.filedeck.connection.ConnectionCheck;
import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionManager;
import dev.filedeck.connection.ConnectionProfile;
import dev.filedeck.connection.ConnectionTester;
import dev.filedeck.connection.KeyStorage;
import dev.filedeck.connection.ProviderPreset;
import dev.filedeck.connection.SavedConnections;
import dev.filedeck.ui.dialog.DialogService;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.LatestOnly;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The connections dialog: the saved connections, the form of the one selected, and Test, Save,
 * Delete and Connect. Every keychain, file and network step runs in the background.
 */
public final class ConnectionsViewModel {

    /** How a message under the form should look. */
    public enum Tone { NEUTRAL, BUSY, SUCCESS, WARNING, ERROR }

    private final ConnectionManager connections;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<ConnectionChoice> onConnect;
    private final ConnectionFormViewModel form = new ConnectionFormViewModel();
    private final LatestOnly checks;
    private final LatestOnly keyLookups;
    private final ConnectionTester tester = ConnectionTester.standard();

    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<ConnectionProfile> readOnlyProfiles = FXCollections.unmodifiableObservableList(profiles);
    private final ReadOnlyObjectWrapper<ConnectionProfile> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper keychainAvailable = new ReadOnlyBooleanWrapper(this, "keychainAvailable", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper messageDetail = new ReadOnlyStringWrapper(this, "messageDetail", "");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.NEUTRAL);
    private final ReadOnlyStringWrapper storageNote = new ReadOnlyStringWrapper(this, "storageNote", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper urlWarning = new ReadOnlyStringWrapper(this, "urlWarning", "");
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper(this, "closeRequested");
    private String fileStorageDescription = "";

    /** @param onConnect told of the connection to switch to when the person presses Connect */
    public ConnectionsViewModel(ConnectionManager connections, BackgroundTasks tasks, DialogService dialogs,
                                Consumer<ConnectionChoice> onConnect) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.onConnect = Objects.requireNonNull(onConnect, "onConnect");
        this.checks = new LatestOnly(tasks);
        this.keyLookups = new LatestOnly(tasks);
        List.<javafx.beans.value.ObservableValue<?>>of(form.nameProperty(), form.presetProperty(), form.baseUrlProperty(),
                form.keyStorageProperty(), form.authStyleProperty(), form.apiVersionProperty())
                .forEach(p -> p.addListener((o, old, now) -> formChanged()));
        keychainAvailable.addListener((o, old, now) -> formChanged());
    }

    /**
     * Fills the dialog: the saved connections, the one to show first (or a new OpenAI one when there
     * are none), and in the background whether a keychain answers here.
     *
     * @param showFirst the profile to select, or null
     * @param startNew whether to start a new connection instead
     */
    public void open(ConnectionProfile showFirst, boolean startNew) {
        profiles.setAll(connections.saved().profiles());
        busy.set(true);
        tasks.run(() -> {
            boolean available = connections.vault().keychainAvailable();
            return new KeyPlaces(available, connections.vault().describe(KeyStorage.OWNER_ONLY_FILE));
        }, places -> {
            busy.set(false);
            keychainAvailable.set(places.keychain());
            fileStorageDescription = places.file();
            if (!places.keychain() && selected.get() == null && form.keyStorageProperty().get() == KeyStorage.KEYCHAIN) {
                form.keyStorageProperty().set(KeyStorage.OWNER_ONLY_FILE);
            }
            formChanged();
        }, error -> {
            busy.set(false);
            keychainAvailable.set(false);
        });
        if (!startNew && showFirst != null) {
            select(showFirst);
        } else if (!startNew && !profiles.isEmpty()) {
            select(profiles.get(0));
        } else {
            newConnection(ProviderPreset.OPENAI);
        }
    }

    private record KeyPlaces(boolean keychain, String file) {
    }

    /** Shows a saved connection in the form. */
    public void select(ConnectionProfile profile) {
        if (profile == null) {
            return;
        }
        checks.cancel();
        selected.set(profile);
        form.load(profile, false);
        clearMessage();
        keyLookups.run(() -> connections.vault().read(profile).isPresent() || connections.vault().sessionKey(profile).isPresent(),
                form::markSaved, error -> show(Tone.WARNING, "The stored key could not be read", error.getMessage()));
        formChanged();
    }

    /** Starts a new connection from a preset. */
    public void newConnection(ProviderPreset preset) {
        checks.cancel();
        keyLookups.cancel();
        selected.set(null);
        form.startNew(preset, uniqueName(preset.label()), keychainAvailable.get() ? KeyStorage.KEYCHAIN : KeyStorage.OWNER_ONLY_FILE);
        clearMessage();
        formChanged();
    }

    private String uniqueName(String base) {
        SavedConnections saved = connections.saved();
        if (saved.byName(base).isEmpty()) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (saved.byName(base + " " + n).isEmpty()) {
                return base + " " + n;
            }
        }
    }

    /** Lists one file with the form's settings and says what happened. */
    public void test() {
        Optional<String> blocking = form.problem(true);
        if (blocking.isPresent()) {
            show(Tone.ERROR, "Cannot test yet", blocking.get());
            return;
        }
        ConnectionProfile profile = form.toProfile();
        Optional<ApiKey> typed = form.typedKey();
        boolean stored = form.keyStoredProperty().get() && selected.get() != null;
        if (typed.isEmpty() && !stored) {
            show(Tone.ERROR, "Enter the API key to test", "The key is needed to list files.");
            return;
        }
        ConnectionProfile storedUnder = selected.get();
        show(Tone.BUSY, "Testing…", "Listing one file from " + profile.baseUrl());
        busy.set(true);
        checks.run(() -> {
            ApiKey key = typed.isPresent() ? typed.get() : storedKey(storedUnder);
            if (key == null) {
                return null;
            }
            return tester.check(profile.preset(), profile.clientConfig(key));
        }, check -> {
            busy.set(false);
            if (check == null) {
                show(Tone.ERROR, "Enter the API key to test", "No key is stored for this connection.");
            } else {
                showCheck(check);
            }
        }, error -> {
            busy.set(false);
            show(Tone.ERROR, "The test could not run", error.getMessage());
        });
    }

    private ApiKey storedKey(ConnectionProfile profile) throws Exception {
        Optional<ApiKey> session = connections.vault().sessionKey(profile);
        return session.isPresent() ? session.get() : connections.vault().read(profile).orElse(null);
    }

    private void showCheck(ConnectionCheck check) {
        StringBuilder detail = new StringBuilder(check.detail());
        check.warnings().forEach(w -> detail.append("\n⚠ ").append(w));
        if (check.requestId() != null) {
            detail.append("\nRequest ID: ").append(check.requestId());
        }
        Tone shown = check.ok() ? (check.warnings().isEmpty() ? Tone.SUCCESS : Tone.WARNING) : Tone.ERROR;
        show(shown, check.headline(), detail.toString());
    }

    /** Saves the form; then {@code after} runs with the saved profile. */
    public void save() {
        save(profile -> show(Tone.SUCCESS, "Saved", savedWhere(profile)));
    }

    private void save(Consumer<ConnectionProfile> after) {
        Optional<String> blocking = form.problem(keychainAvailable.get());
        if (blocking.isPresent()) {
            show(Tone.ERROR, "Cannot save yet", blocking.get());
            return;
        }
        ConnectionProfile profile = form.toProfile();
        Optional<ApiKey> key = form.typedKey();
        busy.set(true);
        tasks.run(() -> {
            connections.save(profile, key);
            return storedKeyExists(profile);
        }, hasKey -> {
            busy.set(false);
            profiles.setAll(connections.saved().profiles());
            selected.set(profile);
            form.clearTypedKey();
            form.markSaved(hasKey);
            after.accept(profile);
        }, error -> {
            busy.set(false);
            show(Tone.ERROR, "Not saved", error.getMessage());
        });
    }

    private boolean storedKeyExists(ConnectionProfile profile) throws Exception {
        return connections.vault().sessionKey(profile).isPresent()
                || profile.keyStorage() != KeyStorage.ASK_EACH_TIME && connections.vault().read(profile).isPresent();
    }

    private String savedWhere(ConnectionProfile profile) {
        return switch (profile.keyStorage()) {
            case KEYCHAIN -> "The key is in " + connections.vault().describe(KeyStorage.KEYCHAIN) + ".";
            case OWNER_ONLY_FILE -> "The key is in " + connections.vault().describe(KeyStorage.OWNER_ONLY_FILE) + ".";
            case ASK_EACH_TIME -> "FileDeck will ask for the key when it connects.";
        };
    }

    /** Asks, then forgets the selected connection and its key. */
    public void delete() {
        ConnectionProfile profile = selected.get();
        if (profile == null) {
            newConnection(form.presetProperty().get()); // an unsaved form: just start over
            return;
        }
        if (!dialogs.confirm("Delete connection", "Delete " + profile.name() + "?",
                "The connection and its stored key are removed from this computer. Files on the server are not touched.",
                "Delete connection")) {
            return;
        }
        busy.set(true);
        tasks.run(() -> connections.delete(profile), saved -> {
            busy.set(false);
            profiles.setAll(saved.profiles());
            if (profiles.isEmpty()) {
                newConnection(ProviderPreset.OPENAI);
            } else {
                select(profiles.get(0));
            }
            show(Tone.NEUTRAL, "Deleted " + profile.name(), "");
        }, error -> {
            busy.set(false);
            show(Tone.ERROR, "Not deleted", error.getMessage());
        });
    }

    /** Saves the form when it changed, then switches the window to this connection and closes the dialog. */
    public void connect() {
        if (!form.dirtyProperty().get() && selected.get() != null) {
            finishWith(selected.get());
        } else {
            save(this::finishWith);
        }
    }

    private void finishWith(ConnectionProfile profile) {
        onConnect.accept(new ConnectionChoice.Saved(profile));
        closeRequested.set(true);
    }

    private void formChanged() {
        problem.set(form.problem(keychainAvailable.get()).orElse(""));
        urlWarning.set(urlWarningFor(form.baseUrlProperty().get()));
        KeyStorage storage = form.keyStorageProperty().get();
        if (storage == KeyStorage.OWNER_ONLY_FILE) {
            storageNote.set((keychainAvailable.get() ? "" : "No system keychain is available here. ")
                    + "The key goes into " + (fileStorageDescription.isEmpty() ? "a file only you can read" : fileStorageDescription)
                    + ": anyone who can use your account can read it.");
        } else if (storage == KeyStorage.ASK_EACH_TIME) {
            storageNote.set("The key is never written anywhere: FileDeck asks for it when it connects and forgets it when it quits.");
        } else {
            storageNote.set(keychainAvailable.get() ? "The key goes into the system keychain, never into FileDeck's settings."
                    : "No system keychain is available here: choose another place for the key.");
        }
    }

    private static String urlWarningFor(String baseUrl) {
        try {
            return String.join(" ", ConnectionTester.warningsFor(dev.filedeck.api.ClientConfig.parseBaseUrl(baseUrl)));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void show(Tone shownTone, String headline, String detail) {
        tone.set(shownTone);
        message.set(headline);
        messageDetail.set(detail == null ? "" : detail);
    }

    private void clearMessage() {
        show(Tone.NEUTRAL, "", "");
    }

    public ConnectionFormViewModel form() {
        return form;
    }

    public ObservableList<ConnectionProfile> profiles() {
        return readOnlyProfiles;
    }

    public ReadOnlyObjectProperty<ConnectionProfile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty keychainAvailableProperty() {
        return keychainAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageDetailProperty() {
        return messageDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storageNoteProperty() {
        return storageNote.getReadOnlyProperty();
    }

    /** Why the form cannot be saved, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A warning about the base URL as typed (a key over plain http), or empty. */
    public ReadOnlyStringProperty urlWarningProperty() {
        return urlWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }
}
