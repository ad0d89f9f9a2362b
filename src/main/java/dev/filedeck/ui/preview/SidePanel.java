package dev.filedeck.ui.preview;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The panel beside the files: the Details tab and the Preview tab, which loads only while shown. */
public final class SidePanel extends TabPane {

    public SidePanel(Node details, PreviewView preview, PreviewViewModel previewModel) {
        Tab detailsTab = new Tab("Details", details);
        detailsTab.setId("detailsTab");
        Tab previewTab = new Tab("Preview", preview);
        previewTab.setId("previewTab");
        getTabs().setAll(detailsTab, previewTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add("side-panel");
        setMinWidth(240);
        previewTab.selectedProperty().addListener((o, was, shown) -> previewModel.setActive(shown));
        previewModel.setActive(previewTab.isSelected());
    }
}
