package dev.filedeck.connection;

import dev.filedeck.api.AuthStyle;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.UploadStrategy;
import dev.filedeck.settings.ConnectionSummary;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionResolverTest {

    private static final String KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void withoutAKeyItIsTheLocalSandboxInItsDefaultPlace() {
        ConnectionChoice choice = ConnectionResolver.resolve(Map.of("HOME", "/home/ada"), null);

        ConnectionChoice.LocalSandbox sandbox = assertInstanceOf(ConnectionChoice.LocalSandbox.class, choice);
        assertTrue(sandbox.customDataDir().isEmpty());
        assertEquals("Local sandbox", choice.label());
    }

    @Test
    void aBlankKeyCountsAsNoKey() {
        ConnectionChoice choice = ConnectionResolver.resolve(Map.of("OPENAI_API_KEY", "  "), null);

        assertInstanceOf(ConnectionChoice.LocalSandbox.class, choice);
    }

    @Test
    void aKeyMeansOpenAiByDefault() {
        ConnectionChoice choice = ConnectionResolver.resolve(Map.of("OPENAI_API_KEY", KEY), null);

        ClientConfig config = assertInstanceOf(ConnectionChoice.Environment.class, choice).config();
        assertEquals(URI.create("https://api.openai.com/v1"), config.baseUrl());
        assertEquals(KEY, config.apiKey().reveal());
        assertNull(config.organization());
        assertNull(config.project());
        assertEquals("Environment", choice.label());
    }

    @Test
    void takesTheBaseUrlOrganizationAndProjectFromTheEnvironment() {
        ConnectionChoice choice = ConnectionResolver.resolve(Map.of(
                "OPENAI_API_KEY", " " + KEY + "\n",
                "OPENAI_BASE_URL", "https://api.together.xyz/v1/",
                "OPENAI_ORG_ID", "org-123",
                "OPENAI_PROJECT_ID", "proj_456"), null);

        ClientConfig config = ((ConnectionChoice.Environment) choice).config();
        assertEquals(URI.create("https://api.together.xyz/v1"), config.baseUrl());
        assertEquals(KEY, config.apiKey().reveal());
        assertEquals("org-123", config.organization());
        assertEquals("proj_456", config.project());
    }

    @Test
    void neverPrintsTheKey() {
        ConnectionChoice choice = ConnectionResolver.resolve(Map.of("OPENAI_API_KEY", KEY), null);

        assertFalse(choice.toString().contains(KEY), choice.toString());
        assertFalse(choice.toString().contains("abcdefghijklmnop"), choice.toString());
    }

    @Test
    void aBadBaseUrlIsNamedAndTheKeyStaysHidden() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ConnectionResolver.resolve(
                Map.of("OPENAI_API_KEY", KEY, "OPENAI_BASE_URL", "ftp://files.example/" + KEY), null));

        assertTrue(error.getMessage().startsWith("OPENAI_BASE_URL: "), error.getMessage());
        assertFalse(error.getMessage().contains(KEY), error.getMessage());
    }

    @Test
    void theSandboxDirectoryCanBeChosenByVariableOrProperty() {
        Path fromVariable = Path.of("/tmp/filedeck-demo").toAbsolutePath();
        Path fromProperty = Path.of("/tmp/filedeck-test").toAbsolutePath();

        ConnectionChoice byVariable = ConnectionResolver.resolve(Map.of("FILEDECK_SANDBOX_DIR", fromVariable.toString()), null);
        ConnectionChoice byBoth = ConnectionResolver.resolve(Map.of("FILEDECK_SANDBOX_DIR", fromVariable.toString()), fromProperty.toString());

        assertEquals(new ConnectionChoice.LocalSandbox(fromVariable), byVariable);
        assertEquals(new ConnectionChoice.LocalSandbox(fromProperty), byBoth, "the property wins");
    }

    @Test
    void aKeyWinsOverASandboxDirectory() {
        ConnectionChoice choice = ConnectionResolver.resolve(Map.of("OPENAI_API_KEY", KEY), "/tmp/filedeck-test");

        assertInstanceOf(ConnectionChoice.Environment.class, choice);
    }

    @Test
    void theSummaryNamesTheConnectionAndItsUrl() {
        ConnectionSummary summary = new ConnectionSummary("Environment", URI.create("https://api.openai.com/v1"));

        assertEquals("Environment — https://api.openai.com/v1", summary.describe());
    }

    private static final ConnectionProfile WORK = ConnectionProfile.fromPreset("OpenAI work", ProviderPreset.OPENAI, KeyStorage.KEYCHAIN);
    private static final ConnectionProfile TOGETHER = ConnectionProfile.fromPreset("Together", ProviderPreset.TOGETHER, KeyStorage.ASK_EACH_TIME);
    private static final SavedConnections SAVED = SavedConnections.empty().with(WORK).with(TOGETHER);

    @Test
    void aProfileNamedOnTheCommandLineWinsOverEverything() {
        ConnectionChoice choice = ConnectionResolver.resolve(StartupOptions.parse(List.of("--profile", "together")),
                Map.of("OPENAI_API_KEY", KEY), "/tmp/filedeck-test", SAVED.withLastUsed(WORK.id()));

        assertEquals(new ConnectionChoice.Saved(TOGETHER), choice);
    }

    @Test
    void anUnknownProfileIsAnErrorThatListsTheSavedOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ConnectionResolver.resolve(
                StartupOptions.parse(List.of("--profile=Nope")), Map.of(), null, SAVED));

        assertEquals("--profile Nope: no saved connection has that name. Saved: OpenAI work, Together.", error.getMessage());
    }

    @Test
    void aBaseUrlOnTheCommandLineTakesTheKeyFromTheEnvironment() {
        ConnectionChoice choice = ConnectionResolver.resolve(StartupOptions.parse(List.of("--base-url", "https://api.mistral.ai/v1/")),
                Map.of("OPENAI_API_KEY", KEY, "OPENAI_BASE_URL", "https://api.openai.com/v1"), null, SAVED);

        ConnectionChoice.Environment environment = assertInstanceOf(ConnectionChoice.Environment.class, choice);
        assertEquals(URI.create("https://api.mistral.ai/v1"), environment.config().baseUrl());
        assertEquals(ProviderPreset.MISTRAL, environment.preset());
        assertEquals(PagingMode.PAGE_NUMBER, environment.config().pagingMode());
    }

    @Test
    void aBaseUrlWithoutAKeySaysWhereTheKeyGoes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ConnectionResolver.resolve(
                StartupOptions.parse(List.of("--base-url", "https://api.mistral.ai/v1")), Map.of(), null, SAVED));

        assertEquals("--base-url needs the API key in the environment variable OPENAI_API_KEY.", error.getMessage());
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--profile")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--base-url", "--profile", "x")));
    }

    @Test
    void theEnvironmentWinsOverTheLastUsedProfile() {
        ConnectionChoice choice = ConnectionResolver.resolve(StartupOptions.NONE, Map.of("OPENAI_API_KEY", KEY), null,
                SAVED.withLastUsed(WORK.id()));

        assertInstanceOf(ConnectionChoice.Environment.class, choice);
    }

    @Test
    void withoutKeyOrOptionsTheLastUsedConnectionOpensAgain() {
        assertEquals(new ConnectionChoice.Saved(WORK),
                ConnectionResolver.resolve(StartupOptions.NONE, Map.of(), null, SAVED.withLastUsed(WORK.id())));
        assertEquals(ConnectionChoice.LocalSandbox.atDefaultLocation(),
                ConnectionResolver.resolve(StartupOptions.NONE, Map.of(), null, SAVED.withLastUsed(SavedConnections.LOCAL_SANDBOX)));
        assertEquals(ConnectionChoice.LocalSandbox.atDefaultLocation(),
                ConnectionResolver.resolve(StartupOptions.NONE, Map.of(), null, SAVED.withLastUsed("deleted-since")));
    }

    @Test
    void theEnvironmentsProviderIsRecognisedByItsHost() {
        ConnectionChoice.Environment together = (ConnectionChoice.Environment) ConnectionResolver.resolve(
                Map.of("OPENAI_API_KEY", KEY, "OPENAI_BASE_URL", "https://api.together.xyz/v1"), null);
        ConnectionChoice.Environment azure = (ConnectionChoice.Environment) ConnectionResolver.resolve(
                Map.of("OPENAI_API_KEY", KEY, "OPENAI_BASE_URL", "https://acme.openai.azure.com/openai", "OPENAI_API_VERSION", "2025-01-01"), null);

        assertEquals(UploadStrategy.PRESIGNED_PUT, together.config().uploadStrategy());
        assertEquals(ProviderPreset.TOGETHER, together.preset());
        assertEquals(AuthStyle.AZURE_API_KEY, azure.config().authStyle());
        assertEquals("2025-01-01", azure.config().apiVersion());
    }
}
