package dev.filedeck.ui.fx;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Showing and hiding parts of a view so that hidden parts take no room. */
public final class Visibility {

    private Visibility() {
    }

    /** The node is shown, and laid out, only while the condition holds. */
    public static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
