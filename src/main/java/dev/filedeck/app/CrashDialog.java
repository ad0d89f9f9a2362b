package dev.filedeck.app;

import dev.filedeck.ui.AppIcons;
import dev.filedeck.ui.MainWindow;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Tells the user that something failed unexpectedly and where the details are written. */
final class CrashDialog {

    static final String HEADER = "Something went wrong in FileDeck";

    private CrashDialog() {
    }

    /**
     * Shows the dialog without waiting for it: the failure may have happened during a layout pass,
     * where waiting is not allowed. Call on the FX thread.
     */
    static void show(Throwable error, AppLog log, Runnable onClosed) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle(MainWindow.TITLE);
        alert.setHeaderText(HEADER);
        Label what = new Label(summary(error) + "\n\nWhat you were doing may not have finished. FileDeck keeps running; "
                + "if the problem comes back, restart it and send the log file with a description of what you did.");
        what.setId("crashSummary");
        what.setWrapText(true);
        TextField where = new TextField(CrashReporter.describe(log));
        where.setId("crashLogFile");
        where.setEditable(false); // selectable, so the path can be copied
        where.setPrefColumnCount(40);
        VBox content = new VBox(10, what, new Label(log.file().isPresent() ? "The details are in the log file:" : "No log file:"), where);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        Window owner = Window.getWindows().stream().filter(Window::isShowing).filter(Window::isFocused).findFirst()
                .orElse(null);
        if (owner != null) {
            alert.initOwner(owner);
            if (owner.getScene() != null) {
                alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        if (alert.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.applyTo(stage);
        }
        alert.setOnHidden(event -> onClosed.run());
        alert.show();
    }

    /** The kind of failure and its message, without the stack trace (that is in the log). */
    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? "" : ": " + root.getMessage();
        return LogFormat.scrub(root.getClass().getSimpleName() + message);
    }
}
