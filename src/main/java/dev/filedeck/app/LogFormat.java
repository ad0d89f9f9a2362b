package dev.filedeck.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * One line per record (local time, level, logger, thread, message), the stack trace below it, and
 * anything that looks like a credential masked. ApiKey never prints itself unmasked; this is the
 * second line of defence, for a key that reaches a message some other way (a server echoing a
 * header, a URL with a key in its query).
 */
final class LogFormat extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    /** OpenAI-style keys (sk-…, sk-proj-…) and other long tokens after a key-like word or "Bearer". */
    private static final Pattern PREFIXED_KEY = Pattern.compile("\\b(sk|rk|pk)-[A-Za-z0-9_\\-]{8,}");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");
    private static final Pattern NAMED_SECRET = Pattern.compile(
            "(?i)((?:api[-_ ]?key|x-api-key|authorization|access[-_]?token|secret|password)[\"']?\\s*[:=]\\s*[\"']?)(?!\\*)[^\\s\"',;&]+");
    static final String MASK = "****";

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                .append(record.getLoggerName()).append(" [").append(threadName(record)).append("] ")
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return scrub(line.toString());
    }

    /** Masks what looks like a credential, keeping a short prefix so a reader still sees which kind. */
    static String scrub(String text) {
        String masked = PREFIXED_KEY.matcher(text).replaceAll(match -> match.group(1) + "-" + MASK);
        masked = BEARER.matcher(masked).replaceAll(match -> match.group(1) + MASK);
        return NAMED_SECRET.matcher(masked).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(match.group(1)) + MASK);
    }

    /** The thread's name when the record was made on the current thread, else its id. */
    private static String threadName(LogRecord record) {
        @SuppressWarnings("deprecation") // getThreadID: getLongThreadID is Java 16+, and the id is all we need
        long id = record.getThreadID();
        Thread current = Thread.currentThread();
        @SuppressWarnings("deprecation")
        long currentId = current.getId();
        return currentId == id ? current.getName() : "thread " + id;
    }
}
