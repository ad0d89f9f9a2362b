package dev.filedeck.sandbox;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When to apply a {@link Fault}.
 *
 * @param method      the HTTP method, or null for any
 * @param pathPattern a regex matched against the whole path after the dialect prefix, e.g. {@code /files} or
 *                    {@code /files/[^/]+/content}; null for any path
 * @param times       how many matching requests it applies to before it is spent
 * @param fault       what happens
 */
public record FaultRule(String method, String pathPattern, int times, Fault fault) {

    public FaultRule {
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        if (pathPattern != null) {
            Pattern.compile(pathPattern); // fail when armed, not at the first request
        }
        method = method == null ? null : method.toUpperCase(Locale.ROOT);
    }

    /** A rule applying once. */
    public static FaultRule on(String method, String pathRegex, Fault fault) {
        return new FaultRule(method, pathRegex, 1, fault);
    }

    /** The same rule applying to the next {@code n} matching requests. */
    public FaultRule times(int n) {
        return new FaultRule(method, pathPattern, n, fault);
    }
}
