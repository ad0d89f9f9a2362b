package dev.filedeck.ui.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts and the system's file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String header, String details, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, confirm, ButtonType.CANCEL);
        prepare(alert, title, header);
        if (confirmLabel.startsWith("Delete")) {
            // What cannot be undone looks it.
            alert.getDialogPane().lookupButton(confirm).getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        }
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, details, ButtonType.OK);
        prepare(alert, title, header);
        alert.showAndWait();
    }

    @Override
    public List<Path> chooseFilesToUpload(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Upload files");
        startIn(folder).ifPresent(chooser::setInitialDirectory);
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save file");
        chooser.setInitialFileName(suggestedName);
        startIn(folder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save files into folder");
        startIn(folder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> askSecret(String title, String header, String details) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        PasswordField field = new PasswordField();
        field.setId("secretField");
        field.setPromptText("Paste it here");
        field.setPrefColumnCount(36);
        javafx.scene.control.Label note = new javafx.scene.control.Label(details);
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(10, note, field));
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(field.textProperty().isEmpty());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(button -> button == connect ? field.getText() : null);
        dialog.setOnShown(event -> field.requestFocus());
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public ConflictChoice resolveConflict(Path existing, int remaining) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        ButtonType keepBoth = new ButtonType("Keep both", ButtonBar.ButtonData.OTHER);
        ButtonType skip = new ButtonType("Skip", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", replace, keepBoth, skip);
        prepare(alert, "File exists", "“" + existing.getFileName() + "” already exists in " + existing.getParent() + ".");
        alert.setContentText("Replace it, keep both (the new one gets a number), or skip this file?");
        CheckBox all = new CheckBox("Do this for the other " + remaining + " conflicts too");
        if (remaining > 0) {
            alert.getDialogPane().setExpandableContent(null);
            alert.getDialogPane().setGraphic(null);
            alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8,
                    new javafx.scene.control.Label(alert.getContentText()), all));
        }
        ButtonType answer = alert.showAndWait().orElse(skip);
        ConflictAction action = answer == replace ? ConflictAction.REPLACE : answer == keepBoth ? ConflictAction.KEEP_BOTH : ConflictAction.SKIP;
        return new ConflictChoice(action, all.isSelected());
    }

    private void prepare(Alert alert, String title, String header) {
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    /** Only an existing folder: a chooser given a missing one refuses to open on some systems. */
    private static Optional<File> startIn(Path folder) {
        return folder != null && Files.isDirectory(folder) ? Optional.of(folder.toFile()) : Optional.empty();
    }
}
