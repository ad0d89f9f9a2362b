package dev.filedeck.ui.connections;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.AuthStyle;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.UploadStrategy;
import dev.filedeck.connection.ConnectionProfile;
import dev.filedeck.connection.KeyStorage;
import dev.filedeck.connection.ProviderPreset;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The fields of one connection as the person edits them. The key typed here is held only until it
 * is saved or tested; a stored key is never loaded into the form.
 */
public final class ConnectionFormViewModel {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ProviderPreset> preset = new SimpleObjectProperty<>(this, "preset", ProviderPreset.OPENAI);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final BooleanProperty keyShown = new SimpleBooleanProperty(this, "keyShown");
    private final ObjectProperty<KeyStorage> keyStorage = new SimpleObjectProperty<>(this, "keyStorage", KeyStorage.KEYCHAIN);
    private final StringProperty organization = new SimpleStringProperty(this, "organization", "");
    private final StringProperty project = new SimpleStringProperty(this, "project", "");
    private final ObjectProperty<AuthStyle> authStyle = new SimpleObjectProperty<>(this, "authStyle", AuthStyle.BEARER);
    private final StringProperty apiVersion = new SimpleStringProperty(this, "apiVersion", "");
    private final ObjectProperty<PagingMode> pagingMode = new SimpleObjectProperty<>(this, "pagingMode", PagingMode.AUTO);
    private final ObjectProperty<UploadStrategy> uploadStrategy = new SimpleObjectProperty<>(this, "uploadStrategy", UploadStrategy.MULTIPART);
    private final StringProperty purposes = new SimpleStringProperty(this, "purposes", "");
    private final BooleanProperty expiresAfter = new SimpleBooleanProperty(this, "expiresAfter");
    private final ReadOnlyBooleanWrapper keyStored = new ReadOnlyBooleanWrapper(this, "keyStored");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    private String id = UUID.randomUUID().toString();
    private boolean nameTyped;
    private boolean loading;

    public ConnectionFormViewModel() {
        preset.addListener((o, old, now) -> {
            if (!loading && now != null) {
                applyPreset(old, now);
            }
        });
        name.addListener((o, old, now) -> {
            if (!loading) {
                nameTyped = true;
            }
        });
        List.<javafx.beans.value.ObservableValue<?>>of(name, preset, baseUrl, apiKey, keyStorage, organization, project, authStyle,
                apiVersion, pagingMode, uploadStrategy, purposes, expiresAfter).forEach(p -> p.addListener((o, old, now) -> {
            if (!loading) {
                dirty.set(true);
            }
        }));
    }

    /** Shows a saved profile; {@code hasStoredKey} says whether the vault holds its key (an empty field keeps it). */
    public void load(ConnectionProfile profile, boolean hasStoredKey) {
        loading = true;
        try {
            id = profile.id();
            name.set(profile.name());
            preset.set(profile.preset());
            baseUrl.set(profile.baseUrl());
            apiKey.set("");
            keyShown.set(false);
            keyStorage.set(profile.keyStorage());
            organization.set(nullToEmpty(profile.organization()));
            project.set(nullToEmpty(profile.project()));
            authStyle.set(profile.authStyle());
            apiVersion.set(nullToEmpty(profile.apiVersion()));
            pagingMode.set(profile.pagingMode());
            uploadStrategy.set(profile.uploadStrategy());
            purposes.set(String.join(", ", profile.purposes()));
            expiresAfter.set(profile.expiresAfter());
            keyStored.set(hasStoredKey);
            nameTyped = true;
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    /** Starts a new connection from a preset, named after it unless the name is taken ({@code name}). */
    public void startNew(ProviderPreset from, String suggestedName, KeyStorage storage) {
        loading = true;
        try {
            id = UUID.randomUUID().toString();
            ConnectionProfile fresh = ConnectionProfile.fromPreset(suggestedName, from, storage);
            name.set(fresh.name());
            preset.set(from);
            baseUrl.set(fresh.baseUrl());
            apiKey.set("");
            keyShown.set(false);
            keyStorage.set(storage);
            organization.set("");
            project.set("");
            authStyle.set(fresh.authStyle());
            apiVersion.set(nullToEmpty(fresh.apiVersion()));
            pagingMode.set(fresh.pagingMode());
            uploadStrategy.set(fresh.uploadStrategy());
            purposes.set(String.join(", ", fresh.purposes()));
            expiresAfter.set(fresh.expiresAfter());
            keyStored.set(false);
            nameTyped = false;
            dirty.set(true);
        } finally {
            loading = false;
        }
    }

    /** A preset chosen: its settings replace the provider-specific fields; a base URL typed for another host stays. */
    private void applyPreset(ProviderPreset old, ProviderPreset now) {
        String url = baseUrl.get().strip();
        if (url.isEmpty() || old != null && url.equals(old.baseUrl())) {
            baseUrl.set(now.baseUrl());
        }
        authStyle.set(now.authStyle());
        apiVersion.set(nullToEmpty(now.defaultApiVersion()));
        pagingMode.set(now.pagingMode());
        uploadStrategy.set(now.uploadStrategy());
        purposes.set(String.join(", ", now.purposes()));
        expiresAfter.set(now.expiresAfter());
        if (!nameTyped) {
            loading = true;
            try {
                name.set(now.label());
            } finally {
                loading = false;
            }
        }
    }

    /** The profile as edited. */
    public ConnectionProfile toProfile() {
        List<String> purposeList = Arrays.stream(purposes.get().split("[,\\s]+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new ConnectionProfile(id, name.get(), preset.get(), baseUrl.get(), organization.get(), project.get(),
                authStyle.get(), apiVersion.get(), pagingMode.get(), uploadStrategy.get(), purposeList, expiresAfter.get(),
                keyStorage.get());
    }

    /** The key typed in the form, if any. */
    public Optional<ApiKey> typedKey() {
        String value = apiKey.get();
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(ApiKey.of(value));
    }

    /**
     * What keeps the form from being saved or tested, in a sentence; empty when nothing does.
     *
     * @param keychainAvailable whether a system keychain answers here
     */
    public Optional<String> problem(boolean keychainAvailable) {
        if (name.get().isBlank()) {
            return Optional.of("Give the connection a name.");
        }
        if (!preset.get().hasFilesApi()) {
            return Optional.of(preset.get().label() + " has no Files API: FileDeck cannot connect to it.");
        }
        if (baseUrl.get().isBlank()) {
            return Optional.of("Enter the base URL, e.g. " + preset.get().baseUrlExample() + ".");
        }
        try {
            ClientConfig.parseBaseUrl(baseUrl.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage() + ".");
        }
        if (authStyle.get() == AuthStyle.AZURE_API_KEY && apiVersion.get().isBlank()) {
            return Optional.of("Azure needs an API version, e.g. " + ProviderPreset.AZURE_OPENAI.defaultApiVersion() + ".");
        }
        if (keyStorage.get() == KeyStorage.KEYCHAIN && !keychainAvailable) {
            return Optional.of("No system keychain is available here: keep the key in a file only you can read, or ask each time.");
        }
        return Optional.empty();
    }

    /** Forgets what was typed as the key (after it was saved, or when the form moves to another profile). */
    public void clearTypedKey() {
        loading = true;
        try {
            apiKey.set("");
            keyShown.set(false);
        } finally {
            loading = false;
        }
    }

    /** The form now matches what is saved. */
    public void markSaved(boolean hasStoredKey) {
        keyStored.set(hasStoredKey);
        dirty.set(false);
    }

    public String id() {
        return id;
    }

    /** The key field's hint: where a stored key is, or what to paste. */
    public StringBinding keyPromptBinding() {
        return Bindings.createStringBinding(() -> keyStored.get()
                ? (keyStorage.get() == KeyStorage.ASK_EACH_TIME ? "Asked for when connecting" : "Stored — type a new key to replace it")
                : "Paste the API key", keyStored, keyStorage);
    }

    /** Whether the provider has no Files API (the form explains instead of offering to connect). */
    public BooleanBinding noFilesApiBinding() {
        return Bindings.createBooleanBinding(() -> preset.get() != null && !preset.get().hasFilesApi(), preset);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProviderPreset> presetProperty() {
        return preset;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public BooleanProperty keyShownProperty() {
        return keyShown;
    }

    public ObjectProperty<KeyStorage> keyStorageProperty() {
        return keyStorage;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty projectProperty() {
        return project;
    }

    public ObjectProperty<AuthStyle> authStyleProperty() {
        return authStyle;
    }

    public StringProperty apiVersionProperty() {
        return apiVersion;
    }

    public ObjectProperty<PagingMode> pagingModeProperty() {
        return pagingMode;
    }

    public ObjectProperty<UploadStrategy> uploadStrategyProperty() {
        return uploadStrategy;
    }

    public StringProperty purposesProperty() {
        return purposes;
    }

    public BooleanProperty expiresAfterProperty() {
        return expiresAfter;
    }

    public ReadOnlyBooleanProperty keyStoredProperty() {
        return keyStored.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
