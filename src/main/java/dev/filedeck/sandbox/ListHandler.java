package dev.filedeck.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** {@code GET /files} in the three paging styles: cursors (OpenAI), page numbers (Mistral), none (ScaleGenAI). */
final class ListHandler {

    static final int MAX_LIMIT = 10_000;
    private static final int MISTRAL_DEFAULT_PAGE_SIZE = 100;

    private final FileStore store;

    ListHandler(FileStore store) {
        this.store = store;
    }

    void list(Call call) throws IOException {
        ObjectNode answer = switch (call.dialect.paging()) {
            case CURSOR -> byCursor(call);
            case PAGE_NUMBER -> byPageNumber(call);
            case NONE -> everything(call);
        };
        call.sendJson(200, answer);
    }

    private ObjectNode byCursor(Call call) {
        QueryParams query = call.query();
        int limit = query.intParam("limit", 1, MAX_LIMIT, MAX_LIMIT);
        boolean ascending = ascending(query.get("order"));
        String purpose = query.get("purpose");
        String after = query.get("after");
        SortKey cursor = null;
        if (after != null) {
            cursor = store.cursorKey(after).orElseThrow(() -> ApiException.invalidRequest(
                    "Invalid 'after': no file with id '" + after + "' is known to this server.", "after"));
        }
        FileStore.Page page = store.page(cursor, ascending, limit, purpose);
        List<StoredFile> files = page.files();

        ObjectNode answer = Json.object();
        answer.put("object", "list");
        answer.set("data", toArray(files, call.dialect));
        answer.put("first_id", files.isEmpty() ? null : files.get(0).id());
        answer.put("last_id", files.isEmpty() ? null : files.get(files.size() - 1).id());
        answer.put("has_more", page.hasMore());
        return answer;
    }

    private static boolean ascending(String order) {
        if (order == null) {
            return false;
        }
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw ApiException.invalidRequest("Invalid 'order': expected 'asc' or 'desc', got '" + order + "'.", "order");
        };
    }

    /** Mistral: {@code page} from 0, {@code page_size}, {@code include_total}; newest first. */
    private ObjectNode byPageNumber(Call call) {
        QueryParams query = call.query();
        int page = query.intParam("page", 0, Integer.MAX_VALUE, 0);
        int pageSize = query.intParam("page_size", 1, MAX_LIMIT, MISTRAL_DEFAULT_PAGE_SIZE);
        boolean includeTotal = bool(query, "include_total", true);
        String purpose = query.get("purpose");
        List<StoredFile> matching = store.all(false, file -> purpose == null || purpose.equals(file.purpose()));
        long from = Math.min((long) page * pageSize, matching.size());
        long to = Math.min(from + pageSize, matching.size());

        ObjectNode answer = Json.object();
        answer.set("data", toArray(matching.subList((int) from, (int) to), call.dialect));
        answer.put("object", "list");
        if (includeTotal) {
            answer.put("total", matching.size());
        }
        return answer;
    }

    private static boolean bool(QueryParams query, String name, boolean defaultValue) {
        String value = query.get(name);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.invalidRequest("Invalid '" + name + "': expected true or false, got '" + value + "'.", name);
        };
    }

    /** ScaleGenAI: every file, oldest first, whatever the query says. */
    private ObjectNode everything(Call call) {
        ObjectNode answer = Json.object();
        answer.put("object", "list");
        answer.set("data", toArray(store.all(true, file -> true), call.dialect));
        return answer;
    }

    private static ArrayNode toArray(List<StoredFile> files, Dialect dialect) {
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (StoredFile file : files) {
            data.add(FileObjects.toJson(file, dialect));
        }
        return data;
    }
}
