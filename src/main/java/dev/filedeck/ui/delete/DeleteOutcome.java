package dev.filedeck.ui.delete;

import java.util.List;
import java.util.Set;

/**
 * What a batch of deletes achieved.
 *
 * @param deletedIds the files that are gone, including those that were gone already
 * @param failures the files still there, each with its reason, in the order they were given
 */
public record DeleteOutcome(Set<String> deletedIds, List<DeleteFailure> failures) {

    public DeleteOutcome {
        deletedIds = Set.copyOf(deletedIds);
        failures = List.copyOf(failures);
    }
}
