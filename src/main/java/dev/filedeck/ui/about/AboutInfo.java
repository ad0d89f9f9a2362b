package dev.filedeck.ui.about;

import dev.filedeck.settings.AppDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the About dialog tells: the version and license from the build (version.properties, filled
 * in by Maven from the pom), where the project lives, what it runs on and where its log is.
 *
 * @param version FileDeck's version, e.g. 0.1.0
 * @param description one sentence on what FileDeck is
 * @param license the license's name, e.g. MIT License
 * @param projectUrl the project's home page
 * @param runtime the Java and JavaFX versions FileDeck runs on
 * @param logFolder where FileDeck writes its log files
 */
public record AboutInfo(String version, String description, String license, String projectUrl, String runtime,
                        Path logFolder) {

    private static final String BUILD_INFO = "/dev/filedeck/version.properties";

    /** The running FileDeck's. */
    public static AboutInfo current() {
        Properties build = new Properties();
        try (InputStream in = AboutInfo.class.getResourceAsStream(BUILD_INFO)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // An unreadable file leaves the defaults below: the dialog still opens.
        }
        String runtime = "Java " + Runtime.version() + ", JavaFX " + System.getProperty("javafx.runtime.version", "?");
        return new AboutInfo(value(build, "version", "dev"), value(build, "description", ""), value(build, "license", "unknown"),
                value(build, "url", ""), runtime, AppDirectories.forCurrentUser().logs());
    }

    /** A build value, or the fallback when the file lacks it or was not filtered (an IDE build). */
    private static String value(Properties build, String key, String fallback) {
        String value = build.getProperty(key, fallback);
        return value.startsWith("${") ? fallback : value;
    }
}
