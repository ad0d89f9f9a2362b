package dev.filedeck.ui.connections;

import dev.filedeck.ui.fx.ModalWindow;
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
        Stage stage = ModalWindow.create(owner, view, TITLE);
        stage.setMinWidth(640);
        stage.setMinHeight(460);
        view.setOnClose(stage::close);
        stage.setOnShown(event -> view.focusFirstField());
        stage.show();
        return stage;
    }
}
