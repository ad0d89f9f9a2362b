package dev.filedeck.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * FileDeck's icon (icons/filedeck.svg, drawn at each size by icons/generate.sh) for windows: the
 * window manager and the task bar pick the size they need.
 */
public final class AppIcons {

    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static List<Image> images;

    private AppIcons() {
    }

    /** Gives a window FileDeck's icon. Call on the FX thread. */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(all());
    }

    /** The icon at one of {@link #SIZES}, e.g. for a dialog's graphic. */
    public static Image ofSize(int size) {
        return all().get(SIZES.indexOf(size));
    }

    private static synchronized List<Image> all() {
        if (images == null) {
            images = SIZES.stream().map(AppIcons::load).toList();
        }
        return images;
    }

    private static Image load(int size) {
        String name = "/dev/filedeck/icons/filedeck-" + size + ".png";
        try (InputStream in = Objects.requireNonNull(AppIcons.class.getResourceAsStream(name), name)) {
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
