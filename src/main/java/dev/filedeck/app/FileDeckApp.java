package dev.filedeck.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the main window lands. */
public final class FileDeckApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("FileDeck");
        stage.show();
    }
}
