package dev.filedeck.ui;

import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fails a test when code on the FX application thread threw during it. Otherwise such an exception
 * is only printed, and the test passes or times out far from the cause. Register it after
 * TestFX's ApplicationExtension, so it checks before the stage is cleaned up.
 */
public final class FxThreadFailures implements BeforeEachCallback, AfterEachCallback {

    private static final List<Throwable> CAUGHT = new CopyOnWriteArrayList<>();
    private static volatile boolean installed;

    @Override
    public void beforeEach(ExtensionContext context) {
        install();
        CAUGHT.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WaitForAsyncUtils.waitForFxEvents();
        if (CAUGHT.isEmpty()) {
            return;
        }
        AssertionError failure = new AssertionError("Uncaught exception on the FX application thread", CAUGHT.get(0));
        CAUGHT.stream().skip(1).forEach(failure::addSuppressed);
        CAUGHT.clear();
        throw failure;
    }

    /** The toolkit may report one failure twice, the second time wrapped: keep it once. */
    private static void remember(Throwable error) {
        for (Throwable known : CAUGHT) {
            if (causes(error, known) || causes(known, error)) {
                return;
            }
        }
        CAUGHT.add(error);
    }

    private static boolean causes(Throwable wrapper, Throwable inner) {
        for (Throwable t = wrapper; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t == inner) {
                return true;
            }
        }
        return false;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        // The FX thread has no handler of its own, so its uncaught exceptions reach the default one.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Platform.isFxApplicationThread()) { // the handler runs on the thread that threw
                remember(error);
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                error.printStackTrace();
            }
        });
        installed = true;
    }
}
