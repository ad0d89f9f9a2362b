package dev.filedeck.ui.upload;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What covers the window while files are dragged over it: a translucent accent wash, a dashed
 * frame and "Drop to upload" with what is being dragged. Transparent to the mouse, so the drag
 * keeps going to the window beneath.
 */
final class DropOverlay extends StackPane {

    static final String ID = "uploadDropOverlay";

    private final Label detail = new Label();

    DropOverlay() {
        setId(ID);
        getStyleClass().add("upload-drop-overlay");
        getStylesheets().add(Objects.requireNonNull(DropOverlay.class.getResource("UploadDrop.css"), "UploadDrop.css").toExternalForm());
        setMouseTransparent(true);

        Region wash = new Region();
        wash.getStyleClass().add("drop-wash");
        Region frame = new Region();
        frame.getStyleClass().add("drop-frame");

        FontIcon icon = new FontIcon(Feather.UPLOAD_CLOUD);
        icon.getStyleClass().add("drop-icon");
        Label title = new Label("Drop to upload");
        title.getStyleClass().addAll("title-2", "drop-title");
        detail.setId("uploadDropDetail");
        detail.getStyleClass().add("drop-detail");
        VBox card = new VBox(icon, title, detail);
        card.getStyleClass().add("drop-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        getChildren().addAll(wash, frame, card);
    }

    /** "3 files", "2 files and 1 folder": what the drop will bring. */
    void setDetail(String text) {
        detail.setText(text);
    }
}
