package dev.filedeck.ui;

import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Reading the UI from a test thread: on the FX thread, and waiting for conditions instead of sleeping. */
public final class FxWait {

    private FxWait() {
    }

    /** Runs on the FX thread and returns its result. */
    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits up to 20 s for a condition checked on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /** The text of the labelled control with this CSS selector (usually "#id"). */
    public static String text(FxRobot robot, String selector) {
        return onFx(() -> robot.lookup(selector).queryAs(Labeled.class).getText());
    }
}
