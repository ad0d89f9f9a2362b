package dev.filedeck.ui.preview;

import dev.filedeck.inspect.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Pretty JSON as coloured text: one Text node per span, styled by CSS class (json-key, json-string, …). */
final class JsonFlow {

    /** Past this, text is shown uncoloured: tens of thousands of nodes make layout slow. */
    static final int COLOURED_CHARS = 60_000;

    private JsonFlow() {
    }

    static TextFlow of(String json) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("record-flow");
        fill(flow, json);
        return flow;
    }

    static void fill(TextFlow flow, String json) {
        String coloured = json.length() > COLOURED_CHARS ? json.substring(0, COLOURED_CHARS) : json;
        List<Node> nodes = new ArrayList<>();
        for (JsonText.Span span : JsonText.highlight(coloured)) {
            Text text = new Text(span.text());
            text.getStyleClass().addAll("text", "json-" + span.kind().name().toLowerCase(Locale.ROOT));
            nodes.add(text);
        }
        if (coloured.length() < json.length()) {
            Text rest = new Text(json.substring(COLOURED_CHARS));
            rest.getStyleClass().addAll("text", "json-punctuation");
            nodes.add(rest);
        }
        flow.getChildren().setAll(nodes);
    }
}
