package dev.filedeck.inspect;

import java.util.List;

/** What the Preview tab shows of a remote file: one record per kind of content. */
public sealed interface Preview {

    /**
     * How much of the file was read.
     *
     * @param bytesRead bytes read and shown
     * @param totalBytes the file's size, or -1 when unknown
     * @param truncated whether the file goes on past what was read
     */
    record Extent(long bytesRead, long totalBytes, boolean truncated) {
    }

    Extent extent();

    /** JSON Lines: the records with their line numbers; invalid ones carry the parser's message. */
    record Jsonl(Extent extent, List<JsonlRecord> records, long invalid, BatchOutputSummary batchSummary) implements Preview {
        public Jsonl {
            records = List.copyOf(records);
        }
    }

    /** One JSON document, pretty-printed. */
    record Json(Extent extent, String pretty) implements Preview {
    }

    /** Plain text, shown in a monospace font. */
    record Text(Extent extent, String text, ContentKind kind) implements Preview {
    }

    /** A table: the first row as header. {@code metrics} is set for a fine-tune results file. */
    record Csv(Extent extent, List<String> header, List<List<String>> rows, FineTuneMetrics metrics) implements Preview {
        public Csv {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** An image, read whole (up to {@link PreviewReader#IMAGE_LIMIT}). */
    record Image(Extent extent, ContentKind kind, byte[] bytes) implements Preview {
    }

    /** Anything else: its detected type and the first bytes in hex. */
    record Binary(Extent extent, ContentKind kind, String hexDump) implements Preview {
    }

    /** The server would not hand out the content (OpenAI refuses some purposes). */
    record Refused(String message) implements Preview {
        @Override
        public Extent extent() {
            return new Extent(0, -1, false);
        }
    }
}
