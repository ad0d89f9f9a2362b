package dev.filedeck.app;

import javafx.application.Application;

/**
 * Starts FileDeck. A plain class, not an {@link Application}, so that a jar on the class path
 * (jpackage, a shaded build) can launch JavaFX without the launcher's module checks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(FileDeckApp.class, args);
    }
}
