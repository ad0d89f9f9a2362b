package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;

/** Plain JSONL: any JSON value on each line, nothing more asked. */
final class AnyJsonRules implements LineRules {

    @Override
    public String format() {
        return JsonlFormat.JSONL.label();
    }

    @Override
    public void checkLine(long line, JsonParser parser, ProblemCollector problems) throws IOException {
        parser.nextToken();
        parser.skipChildren();
    }
}
