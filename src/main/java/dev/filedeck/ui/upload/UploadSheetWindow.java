package dev.filedeck.ui.upload;

import dev.filedeck.ui.fx.ModalWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The upload sheet as a window of its own, modal to the main window. It closes itself when the view
 * model is done (uploaded or cancelled); closing it by the title bar cancels.
 */
final class UploadSheetWindow {

    static final String TITLE = "Upload files";

    private UploadSheetWindow() {
    }

    /** Shows the sheet without waiting for it: the outcome arrives through the view model. */
    static Stage show(Window owner, UploadSheetViewModel viewModel) {
        UploadSheetView view = new UploadSheetView(viewModel);
        Stage stage = ModalWindow.create(owner, view, TITLE);
        stage.setMinWidth(460);
        stage.setMinHeight(360);
        stage.setOnCloseRequest(event -> viewModel.cancel());
        viewModel.outcomeProperty().addListener((property, old, outcome) -> {
            if (outcome != null) {
                stage.close();
            }
        });
        stage.setOnShown(event -> view.focusFirstChoice());
        stage.show();
        return stage;
    }
}
