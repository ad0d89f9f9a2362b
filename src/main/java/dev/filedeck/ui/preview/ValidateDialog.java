package dev.filedeck.ui.preview;

import atlantafx.base.theme.Styles;
import dev.filedeck.api.CancelToken;
import dev.filedeck.api.FileObject;
import dev.filedeck.inspect.JsonlFormat;
import dev.filedeck.inspect.RemoteFiles;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Validate JSONL…": a window with the progress of the streamed check, then its report. */
public final class ValidateDialog {

    private static final Set<String> JSONL_PURPOSES = Set.of("fine-tune", "batch", "batch_output", "batch-output", "evals");

    private ValidateDialog() {
    }

    /** The one selected file if it is JSONL (by name or purpose), else null. */
    public static FileObject validatable(List<FileObject> selection) {
        if (selection.size() != 1) {
            return null;
        }
        FileObject file = selection.get(0);
        return JsonlFormat.isJsonl(file.filename()) || JSONL_PURPOSES.contains(file.purpose()) ? file : null;
    }

    public static Stage show(Window owner, FileObject file, RemoteFiles remote, BackgroundTasks tasks, DisplayFormat format) {
        ValidationViewModel viewModel = new ValidationViewModel(file, format);
        Stage stage = new Stage();
        stage.setTitle(viewModel.title());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Label verdict = new Label();
        verdict.setId("validateVerdict");
        verdict.getStyleClass().add(Styles.TITLE_3);
        verdict.textProperty().bind(viewModel.verdictProperty());
        viewModel.hasErrorsProperty().addListener((o, was, errors) -> verdict.pseudoClassStateChanged(Styles.STATE_DANGER, errors));
        Label status = new Label();
        status.setId("validateStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        ListView<String> problems = new ListView<>(viewModel.problems());
        problems.setId("validateProblems");
        problems.getStyleClass().add("mono");
        problems.setPlaceholder(new Label("Nothing to report"));
        VBox.setVgrow(problems, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button close = new Button("Close");
        close.setId("validateClose");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, verdict, status, progress, problems, buttons);
        root.setPadding(new Insets(18, 20, 16, 20));
        root.setPrefSize(640, 420);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(event -> viewModel.cancel());
        viewModel.start(tasks, report -> remote.validate(file, report::accept, CancelToken.none()));
        stage.show();
        return stage;
    }
}
