package dev.filedeck.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The fault rules armed on a server. For each request the first rule that matches (in the order added) applies,
 * at most one rule a request, and is removed once it has applied {@code times} times.
 *
 * <p>Network-level faults ({@link Fault.Delay}, {@link Fault.DropConnection}, {@link Fault.Redirect}) apply
 * before the API key is checked, as a proxy would. API-level faults ({@link Fault.Answer},
 * {@link Fault.TruncateAfter}) apply only once the key has been accepted: a request rejected with 401 leaves
 * them armed.
 */
public final class Faults {

    private final List<ArmedRule> rules = new ArrayList<>();

    /** Each server owns its rules; see {@link SandboxServer#faults()}. */
    Faults() {
    }

    public synchronized void add(FaultRule rule) {
        rules.add(new ArmedRule(rule));
    }

    public synchronized void clear() {
        rules.clear();
    }

    /**
     * Takes one use of the first matching rule, but only if its fault passes the test; otherwise takes nothing
     * (so an API-level rule first in line is not skipped over by a later network-level one).
     */
    synchronized Optional<Fault> takeFirstIf(String method, String pathAfterPrefix, Predicate<Fault> test) {
        for (Iterator<ArmedRule> it = rules.iterator(); it.hasNext(); ) {
            ArmedRule armed = it.next();
            if (armed.matches(method, pathAfterPrefix)) {
                if (!test.test(armed.rule.fault())) {
                    return Optional.empty();
                }
                if (--armed.remaining == 0) {
                    it.remove();
                }
                return Optional.of(armed.rule.fault());
            }
        }
        return Optional.empty();
    }

    /** Network-level misbehaviour happens whoever asks; API-level answers only to an authenticated client. */
    static boolean appliesBeforeAuthentication(Fault fault) {
        return fault instanceof Fault.Delay || fault instanceof Fault.DropConnection || fault instanceof Fault.Redirect;
    }

    private static final class ArmedRule {
        final FaultRule rule;
        final Pattern path;
        int remaining;

        ArmedRule(FaultRule rule) {
            this.rule = rule;
            this.path = rule.pathPattern() == null ? null : Pattern.compile(rule.pathPattern());
            this.remaining = rule.times();
        }

        boolean matches(String method, String pathAfterPrefix) {
            return (rule.method() == null || rule.method().equalsIgnoreCase(method))
                    && (path == null || path.matcher(pathAfterPrefix).matches());
        }
    }
}
