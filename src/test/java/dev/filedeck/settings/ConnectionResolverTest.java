package dev.filedeck.settings;

import dev.filedeck.api.ClientConfig;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
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
}
