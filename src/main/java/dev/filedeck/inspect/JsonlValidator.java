package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Checks a JSONL file for a purpose while streaming it: memory stays bounded whatever the file's
 * size or the length of its lines. Errors carry line and column; the first 100 problems are
 * listed and all are counted.
 */
public final class JsonlValidator {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final JsonlFormat format;
    private final long limitBytes;

    /** @param limitBytes the largest file the purpose takes, or {@code Long.MAX_VALUE} */
    public JsonlValidator(JsonlFormat format, long limitBytes) {
        this.format = format;
        this.limitBytes = limitBytes;
    }

    public JsonlFormat format() {
        return format;
    }

    /**
     * Reads the whole stream (not closed here). Interrupting the thread stops it with an
     * {@link java.io.InterruptedIOException}.
     *
     * @param size the file's size if known, else -1 (for the size limit)
     * @param progress told the bytes read so far, on this thread
     */
    public ValidationReport validate(InputStream in, long size, LongConsumer progress) throws IOException {
        LineRules rules = rulesFor(format);
        ProblemCollector problems = new ProblemCollector();
        if (size > limitBytes) {
            problems.error(0, 0, "The file is " + Sizes.text(size) + ", over the " + Sizes.text(limitBytes)
                    + " limit for " + format.label() + " files");
        }
        JsonlLines lines = new JsonlLines(FACTORY, in, progress);
        long count = lines.readAll(new JsonlLines.Handler() {
            @Override
            public void line(long number, JsonParser parser) throws IOException {
                checkLine(rules, number, parser, problems);
            }

            @Override
            public void blank(long number) {
                problems.error(number, 0, "Blank line: every line must hold one JSON value");
            }

            @Override
            public void longLine(long number, long length) {
                problems.warning(number, 0, "Very long line (" + Sizes.text(length) + ")");
            }
        });
        if (size < 0 && lines.bytesRead() > limitBytes) {
            problems.error(0, 0, "The file is " + Sizes.text(lines.bytesRead()) + ", over the " + Sizes.text(limitBytes)
                    + " limit for " + format.label() + " files");
        }
        if (count == 0) {
            problems.error(0, 0, "The file has no lines");
        }
        rules.finish(count, problems);
        return problems.report(rules.format(), count, lines.bytesRead());
    }

    private static void checkLine(LineRules rules, long number, JsonParser parser, ProblemCollector problems) throws IOException {
        try {
            rules.checkLine(number, parser, problems);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                problems.error(number, Walk.column(parser), "More than one JSON value on the line");
            }
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            problems.error(number, column, "Not valid JSON: " + Walk.shorten(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            problems.error(number, 0, "Not valid UTF-8: " + Walk.shorten(e.getMessage()));
        }
    }

    private static LineRules rulesFor(JsonlFormat format) {
        return switch (format) {
            case JSONL -> new AnyJsonRules();
            case FINE_TUNE -> new FineTuneRules();
            case BATCH -> new BatchRules();
        };
    }
}
