package dev.filedeck.ui.about;

import dev.filedeck.ui.AppIcons;
import dev.filedeck.ui.MainWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help › About FileDeck: version, license, the project's link, the runtime and the log folder. */
public final class AboutDialog {

    public static final String TITLE = "About " + MainWindow.TITLE;

    private final AboutInfo info;
    private final Consumer<String> browser;

    @FXML private ImageView iconView;
    @FXML private Label nameLabel;
    @FXML private Label versionLabel;
    @FXML private Label descriptionLabel;
    @FXML private Label licenseLabel;
    @FXML private Hyperlink projectLink;
    @FXML private Label runtimeLabel;
    @FXML private Label logsLabel;

    /**
     * @param info what to show
     * @param browser opens a web address in the user's browser
     */
    public AboutDialog(AboutInfo info, Consumer<String> browser) {
        this.info = Objects.requireNonNull(info, "info");
        this.browser = Objects.requireNonNull(browser, "browser");
    }

    /** Shows the dialog and waits until it is closed. Call on the FX thread. */
    public void showAndWait(Window owner) {
        build(owner).showAndWait();
    }

    Dialog<ButtonType> build(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(TITLE);
        dialog.initOwner(owner);
        dialog.getDialogPane().setContent(load());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(MainWindow.stylesheet());
        dialog.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(AboutDialog.class.getResource("AboutView.css"), "AboutView.css").toExternalForm());
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.applyTo(stage);
        }
        fill();
        return dialog;
    }

    private Region load() {
        FXMLLoader loader = new FXMLLoader(AboutDialog.class.getResource("AboutView.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("AboutView.fxml could not be loaded", e);
        }
    }

    private void fill() {
        iconView.setImage(AppIcons.ofSize(64));
        nameLabel.setText(MainWindow.TITLE);
        versionLabel.setText("Version " + info.version());
        descriptionLabel.setText(info.description());
        licenseLabel.setText("Free software under the " + info.license() + ".");
        projectLink.setText(info.projectUrl());
        projectLink.setVisible(!info.projectUrl().isBlank());
        projectLink.setOnAction(event -> browser.accept(info.projectUrl()));
        runtimeLabel.setText(info.runtime());
        logsLabel.setText("Log files: " + info.logFolder());
    }
}
