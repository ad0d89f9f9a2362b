package dev.filedeck.ui.files;

import dev.filedeck.settings.UiSettings.ColumnState;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The files table's columns: what each shows, how it sorts, and the layout the user gave them
 * (order, widths, visibility, sort), read and restored by stable ids.
 */
final class FileColumns {

    public static final String NAME = "name";
    public static final String PURPOSE = "purpose";
    public static final String BYTES = "bytes";
    public static final String CREATED = "created";
    public static final String EXPIRES = "expires";
    public static final String STATUS = "status";
    public static final String ID = "id";

    private static final PseudoClass EXPIRED = PseudoClass.getPseudoClass("expired");
    private static final PseudoClass EXPIRING = PseudoClass.getPseudoClass("expiring");
    private static final PseudoClass NO_VALUE = PseudoClass.getPseudoClass("no-value");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final TableView<FileRow> table;
    private final Map<String, TableColumn<FileRow, FileRow>> byId = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<ColumnLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");

    FileColumns(TableView<FileRow> table) {
        this.table = table;
        // Widths fit the usual content; the caps leave the rest of the table's width to the name.
        add(NAME, "Name", 225, 120, Double.MAX_VALUE, FileRow::name, FileRow::nameDetail, null, FileRow.BY_NAME);
        add(PURPOSE, "Purpose", 105, 70, 240, FileRow::purpose, FileRow::purpose, null, FileRow.BY_PURPOSE);
        add(BYTES, "Size", 90, 60, 160, FileRow::sizeText, FileRow::sizeDetail, null, FileRow.BY_SIZE);
        add(CREATED, "Created", 140, 100, 200, FileRow::createdText, FileRow::createdDetail, null, FileRow.BY_CREATED);
        add(EXPIRES, "Expires", 100, 70, 170, FileRow::expiresText, FileRow::expiresDetail, FileColumns::expiryState, FileRow.BY_EXPIRES);
        add(STATUS, "Status", 90, 60, 170, FileRow::statusText, FileRow::statusDetail, row -> row.failed() ? FAILED : null, FileRow.BY_STATUS);
        add(ID, "ID", 230, 80, 360, FileRow::idText, FileRow::id, null, FileRow.BY_ID);
        byId.get(BYTES).getStyleClass().add("numeric-column");
        // The details panel and Ctrl+C give the id; the column is one click away in the table's menu.
        byId.get(ID).setVisible(false);

        InvalidationListener changed = observable -> layout.set(read());
        table.getColumns().addListener(changed);
        table.getSortOrder().addListener(changed);
        for (TableColumn<FileRow, FileRow> column : byId.values()) {
            column.widthProperty().addListener(changed);
            column.visibleProperty().addListener(changed);
            column.sortTypeProperty().addListener(changed);
        }
        layout.set(read());
    }

    private static PseudoClass expiryState(FileRow row) {
        return switch (row.expiry()) {
            case EXPIRED -> EXPIRED;
            case SOON -> EXPIRING;
            case NEVER -> NO_VALUE;
            case LATER -> null;
        };
    }

    private void add(String id, String title, double width, double minWidth, double maxWidth, Function<FileRow, String> text,
                     Function<FileRow, String> detail, Function<FileRow, PseudoClass> state, Comparator<FileRow> order) {
        TableColumn<FileRow, FileRow> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setMaxWidth(maxWidth);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new FileRowCell(text, detail, state));
        column.setComparator(order);
        column.getStyleClass().add(id + "-column");
        byId.put(id, column);
        table.getColumns().add(column);
    }

    TableColumn<FileRow, FileRow> column(String id) {
        return byId.get(id);
    }

    /** The layout now; updated on every change (a width drag changes it often). */
    ReadOnlyObjectProperty<ColumnLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    ColumnLayout read() {
        List<ColumnState> columns = new ArrayList<>();
        for (TableColumn<FileRow, ?> column : table.getColumns()) {
            columns.add(new ColumnState(column.getId(), Math.round(column.getWidth() * 10) / 10.0, column.isVisible()));
        }
        TableColumn<FileRow, ?> sortedBy = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
        return new ColumnLayout(columns, sortedBy == null ? null : sortedBy.getId(),
                sortedBy == null || sortedBy.getSortType() == TableColumn.SortType.ASCENDING);
    }

    /**
     * Restores a layout. Unknown ids are skipped and columns the layout does not name keep their
     * default place after the named ones, so that a layout saved by an older version still applies.
     */
    void apply(List<ColumnState> columns, String sortColumn, boolean sortAscending) {
        List<TableColumn<FileRow, ?>> ordered = new ArrayList<>();
        for (ColumnState state : columns) {
            TableColumn<FileRow, FileRow> column = byId.get(state.id());
            if (column == null || ordered.contains(column)) {
                continue;
            }
            if (state.width() > 0) {
                column.setPrefWidth(Math.max(column.getMinWidth(), state.width()));
            }
            column.setVisible(state.visible());
            ordered.add(column);
        }
        byId.values().stream().filter(column -> !ordered.contains(column)).forEach(ordered::add);
        if (ordered.stream().noneMatch(TableColumn::isVisible)) {
            byId.get(NAME).setVisible(true); // a table without columns cannot be fixed from its header
        }
        table.getColumns().setAll(ordered);
        TableColumn<FileRow, FileRow> sortBy = sortColumn == null ? null : byId.get(sortColumn);
        if (sortBy == null) {
            table.getSortOrder().clear();
        } else {
            sortBy.setSortType(sortAscending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(sortBy));
        }
    }
}
