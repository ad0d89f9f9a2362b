package dev.filedeck.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the connections file holds: the profiles in the order the person sees them, and which
 * connection was open last ({@link #LOCAL_SANDBOX} for the sandbox, null for none yet).
 *
 * @param version the file format, for migrations
 * @param profiles the saved connections
 * @param lastUsed the id of the connection open when FileDeck last quit
 */
public record SavedConnections(int version, List<ConnectionProfile> profiles, String lastUsed) {

    public static final int CURRENT_VERSION = 1;
    /** The id that stands for the Local sandbox in {@link #lastUsed()}. */
    public static final String LOCAL_SANDBOX = "local-sandbox";

    public SavedConnections {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    public static SavedConnections empty() {
        return new SavedConnections(CURRENT_VERSION, List.of(), null);
    }

    public Optional<ConnectionProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile of that name, ignoring case: names are what people type on the command line. */
    public Optional<ConnectionProfile> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return profiles.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Adds the profile, or replaces the one with its id in place. */
    public SavedConnections with(ConnectionProfile profile) {
        List<ConnectionProfile> updated = new ArrayList<>(profiles);
        int at = indexOf(profile.id());
        if (at >= 0) {
            updated.set(at, profile);
        } else {
            updated.add(profile);
        }
        return new SavedConnections(CURRENT_VERSION, updated, lastUsed);
    }

    public SavedConnections without(String id) {
        List<ConnectionProfile> updated = profiles.stream().filter(p -> !p.id().equals(id)).toList();
        return new SavedConnections(CURRENT_VERSION, updated, Objects.equals(lastUsed, id) ? null : lastUsed);
    }

    public SavedConnections withLastUsed(String id) {
        return new SavedConnections(CURRENT_VERSION, profiles, id);
    }

    private int indexOf(String id) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
