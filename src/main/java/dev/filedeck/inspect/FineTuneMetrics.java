package dev.filedeck.inspect;

import java.util.List;

/**
 * The figures of a fine-tune results CSV (step, train_loss, train_accuracy, valid_loss, …).
 *
 * @param steps rows with a step
 * @param metrics one entry per numeric column other than step
 */
public record FineTuneMetrics(long steps, List<Metric> metrics) {

    public FineTuneMetrics {
        metrics = List.copyOf(metrics);
    }

    /** A column's first and last value, and its range, over the rows that have one. */
    public record Metric(String name, long values, double first, double last, double min, double max) {
    }
}
