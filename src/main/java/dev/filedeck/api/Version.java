package dev.filedeck.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** FileDeck's version, from the build, and the User-Agent that carries it. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String current() {
        return VERSION;
    }

    static String userAgent() {
        return "FileDeck/" + VERSION + " (Java " + Runtime.version().feature() + "; "
                + System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", "?") + ")";
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/filedeck/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty("version", "dev");
            return value.startsWith("${") ? "dev" : value;
        } catch (IOException e) {
            return "dev";
        }
    }
}
