package dev.filedeck.app;

import javafx.application.Platform;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What happens to an exception nobody caught, on any thread, the FX application thread included
 * (it has no handler of its own, so its failures reach the default one): it goes into the log, and
 * the user sees a dialog that names the log file. One dialog at a time: a burst of the same failure
 * is logged, not shown twenty times.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(CrashReporter.class.getName());

    private final AppLog log;
    private final Consumer<Throwable> alsoTell;
    private final AtomicBoolean dialogOpen = new AtomicBoolean();

    /**
     * @param log where the failure is written, named in the dialog
     * @param alsoTell told of every failure too (the smoke run fails on one); may do nothing
     */
    CrashReporter(AppLog log, Consumer<Throwable> alsoTell) {
        this.log = Objects.requireNonNull(log, "log");
        this.alsoTell = Objects.requireNonNull(alsoTell, "alsoTell");
    }

    /** Becomes the handler of every thread that has none of its own. */
    public static CrashReporter install(AppLog log, Consumer<Throwable> alsoTell) {
        CrashReporter reporter = new CrashReporter(log, alsoTell);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        return reporter;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.log(Level.ERROR, "Uncaught exception on thread " + thread.getName(), error);
            log.flush();
            alsoTell.accept(error);
            showDialog(error);
        } catch (Throwable reporting) {
            // Reporting must never throw from here: print both, which is all that is left.
            error.printStackTrace();
            reporting.printStackTrace();
        }
    }

    private void showDialog(Throwable error) {
        if (!dialogOpen.compareAndSet(false, true)) {
            return;
        }
        Runnable show = () -> CrashDialog.show(error, log, () -> dialogOpen.set(false));
        try {
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        } catch (IllegalStateException toolkitNotRunning) {
            // Before the window exists or after it closed, there is nowhere to show it: the log has it.
            dialogOpen.set(false);
            System.err.println("FileDeck: unexpected error, see " + describe(log));
            error.printStackTrace();
        }
    }

    /** Where the user finds the details. */
    static String describe(AppLog log) {
        return log.file().map(Object::toString).orElseGet(() -> log.problem().orElse("the terminal"));
    }
}
