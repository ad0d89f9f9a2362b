package dev.filedeck.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recognises a fine-tune results CSV (step, train_loss, …) and sums up its columns. */
final class ResultsCsv {

    private ResultsCsv() {
    }

    /** The metrics, or null when the header is not a fine-tune results header. */
    static FineTuneMetrics metrics(List<String> header, List<List<String>> rows) {
        List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        int step = names.indexOf("step");
        if (step < 0 || names.stream().noneMatch(name -> name.contains("loss"))) {
            return null;
        }
        long steps = rows.stream().filter(row -> step < row.size() && !row.get(step).isBlank()).count();
        List<FineTuneMetrics.Metric> metrics = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            if (column == step) {
                continue;
            }
            FineTuneMetrics.Metric metric = metric(header.get(column).strip(), column, rows);
            if (metric != null) {
                metrics.add(metric);
            }
        }
        return new FineTuneMetrics(steps, metrics);
    }

    private static FineTuneMetrics.Metric metric(String name, int column, List<List<String>> rows) {
        long count = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (List<String> row : rows) {
            if (column >= row.size() || row.get(column).isBlank()) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(row.get(column).strip());
            } catch (NumberFormatException e) {
                return null; // not a numeric column
            }
            if (Double.isNaN(value)) {
                continue;
            }
            if (count++ == 0) {
                first = value;
            }
            last = value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return count == 0 ? null : new FineTuneMetrics.Metric(name, count, first, last, min, max);
    }
}
