package dev.filedeck.ui.fx;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A dialog window of FileDeck's own: modal to its owner and styled like it. */
public final class ModalWindow {

    private ModalWindow() {
    }

    /** A window for {@code content}, not shown yet; without an owner it stands alone (tests). */
    public static Stage create(Window owner, Parent content, String title) {
        Scene scene = new Scene(content);
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                // The app's own sheet (fonts, accent) on top of the theme set for the whole application.
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        stage.setScene(scene);
        return stage;
    }
}
