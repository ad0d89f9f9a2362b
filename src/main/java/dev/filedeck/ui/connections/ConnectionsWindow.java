package dev.filedeck.ui.connections;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The connections dialog as a window, modal to the main window. */
public final class ConnectionsWindow {

    public static final String TITLE = "Connections";

    private ConnectionsWindow() {
    }

    /** Shows the dialog without waiting; it closes itself on Connect, Close or Escape. */
    public static Stage show(Window owner, ConnectionsViewModel viewModel) {
        ConnectionsView view = new ConnectionsView(viewModel);
        Scene scene = new Scene(view);
        Stage stage = new Stage();
        stage.setTitle(TITLE);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(460);
        view.setOnClose(stage::close);
        stage.setOnShown(event -> view.focusFirstField());
        stage.show();
        return stage;
    }
}
