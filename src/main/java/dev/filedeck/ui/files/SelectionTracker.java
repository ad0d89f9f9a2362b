package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The selected files by id, in the order the user selected them, kept across row changes: a
 * refresh brings new objects for the same files, and the selection should follow the ids, not the
 * row positions. Also remembers files to reveal once they are listed (a finished upload).
 */
final class SelectionTracker {

    private final ObservableList<FileObject> selected = FXCollections.observableArrayList();
    private final ObservableList<FileObject> readOnlySelected = FXCollections.unmodifiableObservableList(selected);
    private final Set<String> toReveal = new LinkedHashSet<>();
    private long serial;

    ObservableList<FileObject> selected() {
        return readOnlySelected;
    }

    /** The table's selection changed: keep the earlier picks first, add the new ones after. */
    void userSelected(List<FileObject> nowSelected) {
        Map<String, FileObject> now = new LinkedHashMap<>();
        nowSelected.forEach(file -> now.put(file.id(), file));
        List<FileObject> ordered = new ArrayList<>(now.size());
        for (FileObject old : selected) {
            FileObject current = now.remove(old.id());
            if (current != null) {
                ordered.add(current);
            }
        }
        ordered.addAll(now.values());
        if (!ordered.equals(selected)) {
            selected.setAll(ordered);
        }
    }

    /** A file to select, and scroll to, as soon as rows holding it arrive. */
    void reveal(String id) {
        toReveal.add(id);
    }

    /**
     * The rows were replaced: selects the files to reveal when they are among them, else keeps the
     * selected files that are still shown.
     *
     * @param listed whether a page was listed (a reveal waits only until then)
     * @return what the view should select
     */
    RowSelection rowsReplaced(List<FileObject> shown, boolean listed) {
        Map<String, FileObject> byId = new LinkedHashMap<>();
        shown.forEach(file -> byId.put(file.id(), file));
        List<String> revealed = toReveal.stream().filter(byId::containsKey).toList();
        List<String> wanted = !revealed.isEmpty() ? revealed
                : selected.stream().map(FileObject::id).filter(byId::containsKey).toList();
        if (listed) {
            toReveal.clear();
        }
        List<FileObject> now = wanted.stream().map(byId::get).toList();
        if (!now.equals(selected)) {
            selected.setAll(now);
        }
        return new RowSelection(++serial, wanted, revealed.isEmpty() ? null : revealed.get(0));
    }

    void removed(Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        selected.removeIf(file -> gone.contains(file.id()));
        toReveal.removeAll(gone);
    }

    List<String> ids() {
        return selected.stream().map(FileObject::id).toList();
    }
}
