package dev.filedeck.ui.upload;

import dev.filedeck.ui.format.DisplayFormat;

/**
 * A size limit as providers write it. Their "512 MB" is 512 × 1024 × 1024 bytes, which the app's
 * decimal sizes would call "536.9 MB": a limit the user cannot find in the provider's documentation.
 */
final class LimitText {

    private static final long MIB = 1024L * 1024;

    private LimitText() {
    }

    static String of(long limit, DisplayFormat format) {
        if (limit >= MIB && limit % MIB == 0) {
            long mib = limit / MIB;
            return mib % 1024 == 0 ? format.count(mib / 1024) + " GB" : format.count(mib) + " MB";
        }
        return format.byteSize(limit);
    }
}
