package dev.filedeck.sandbox;

/**
 * Storage limits the sandbox enforces while an upload streams in.
 *
 * @param maxFileBytes  the largest single file, whatever its purpose
 * @param maxBatchBytes the largest file of purpose {@code batch} (never more than maxFileBytes either)
 * @param maxTotalBytes all stored files together
 */
public record Limits(long maxFileBytes, long maxBatchBytes, long maxTotalBytes) {

    private static final long MIB = 1024L * 1024L;

    public Limits {
        if (maxFileBytes <= 0 || maxBatchBytes <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxBatchBytes + ", " + maxTotalBytes);
        }
    }

    /** OpenAI's and the batch provider's published limits: 512 MB a file, 200 MB for batch, 2 GB in all. */
    public static Limits openAi() {
        return new Limits(512 * MIB, 200 * MIB, 2048 * MIB);
    }

    /** The per-file limit for a purpose: a batch file is a file too, so both limits apply to it. */
    long maxFileBytesFor(String purpose) {
        return "batch".equals(purpose) ? Math.min(maxFileBytes, maxBatchBytes) : maxFileBytes;
    }
}
