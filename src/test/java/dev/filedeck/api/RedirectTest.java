package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.sandbox.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A redirect never carries the key to another origin. */
class RedirectTest {

    @TempDir
    Path dir;
    private Sandbox home;
    private Sandbox elsewhere;

    @BeforeEach
    void start() {
        home = Sandbox.start(dir.resolve("home"));
        elsewhere = Sandbox.start(dir.resolve("elsewhere"));
    }

    @AfterEach
    void stop() {
        home.close();
        elsewhere.close();
    }

    private static RecordedRequest last(Sandbox sandbox) {
        var all = sandbox.server.requests().all();
        return all.get(all.size() - 1);
    }

    @Test
    void crossOriginRedirectIsFollowedWithoutCredentials() throws Exception {
        Path local = Files.writeString(dir.resolve("x.jsonl"), "{}\n");
        FileObject target = elsewhere.client().upload(UploadRequest.of(local, "batch"));
        String location = elsewhere.server.baseUrl() + "/files/" + target.id() + "/content";
        home.server.faults().add(FaultRule.on("GET", "/files/[^/]+/content", Fault.redirect(302, location)));

        ApiException e = assertThrows(ApiException.class, () -> home.client().download(DownloadRequest.of("file-any", dir.resolve("got.jsonl"))));
        // The other origin got no key, so it refused: the key did not travel.
        assertEquals(401, e.status());
        RecordedRequest arrived = last(elsewhere);
        assertTrue(arrived.path().endsWith("/content"));
        assertFalse(arrived.headers().containsKey("authorization"), arrived.headers().toString());
        assertFalse(Files.exists(dir.resolve("got.jsonl")));
    }

    @Test
    void sameOriginRedirectKeepsCredentials() throws Exception {
        Path local = Files.writeString(dir.resolve("x.jsonl"), "{\"a\":1}\n");
        FileObject file = home.client().upload(UploadRequest.of(local, "batch"));
        String location = home.server.baseUrl() + "/files/" + file.id() + "/content";
        home.server.faults().add(FaultRule.on("GET", "/files/file-moved/content", Fault.redirect(307, location)));
        Path saved = home.client().download(DownloadRequest.of("file-moved", dir.resolve("got.jsonl")));
        assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(saved));
    }

    @Test
    void redirectOfADeleteIsNotFollowed() {
        home.server.faults().add(FaultRule.on("DELETE", "/files/[^/]+", Fault.redirect(302, elsewhere.server.baseUrl() + "/files/x")));
        ApiException e = assertThrows(ApiException.class, () -> home.client().delete("file-x"));
        assertEquals(ApiException.Kind.PROTOCOL, e.kind());
        assertTrue(elsewhere.server.requests().all().isEmpty());
    }

    @Test
    void originComparisonCoversSchemeHostAndPort() {
        assertTrue(HttpCaller.sameOrigin(java.net.URI.create("https://a.example/v1/files"), java.net.URI.create("https://A.example:443/x")));
        assertFalse(HttpCaller.sameOrigin(java.net.URI.create("https://a.example/v1"), java.net.URI.create("http://a.example/v1")));
        assertFalse(HttpCaller.sameOrigin(java.net.URI.create("https://a.example/v1"), java.net.URI.create("https://a.example:8443/v1")));
        assertFalse(HttpCaller.sameOrigin(java.net.URI.create("https://a.example/v1"), java.net.URI.create("https://evil.example/v1")));
    }
}
