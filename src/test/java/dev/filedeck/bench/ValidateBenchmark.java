package dev.filedeck.bench;

import dev.filedeck.inspect.JsonlFormat;
import dev.filedeck.inspect.JsonlValidator;
import dev.filedeck.inspect.ValidationReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The FileDeck side of bench/validate.
 *
 * <p>{@code ValidateBenchmark generate FILE SIZE_MB} writes a batch input of chat completion requests
 * (prompts of varied length, about 4 KB a line, so 200 MB stays under the 50,000-request limit).
 * {@code ValidateBenchmark FILE ROUNDS} validates it as a batch file ROUNDS times and prints
 * {@code validate 1.234} per round, then {@code heap 12} (peak MB) and the report's verdict.
 */
public final class ValidateBenchmark {

    private static final String[] WORDS = ("the quick brown fox jumps over a lazy dog while seven tired "
            + "engineers ship streaming parsers that read every byte once and keep memory flat \\\"quoted\\\" "
            + "naïve café résumé 東京 ✓").split(" ");

    private ValidateBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Long.parseLong(args[2]) * 1024 * 1024);
            return;
        }
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        ValidationReport report = null;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                report = new JsonlValidator(JsonlFormat.BATCH, Long.MAX_VALUE).validate(in, Files.size(file), bytes -> { });
            }
            System.out.println("validate " + String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e9));
        }
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("heap " + heap / (1024 * 1024));
        System.out.println("lines " + report.lines());
        System.out.println("verdict " + report.verdict());
    }

    private static void generate(Path file, long size) throws IOException {
        Random random = new Random(42);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (int i = 1; written < size; i++) {
                StringBuilder prompt = new StringBuilder();
                int words = 330 + random.nextInt(720);
                for (int w = 0; w < words; w++) {
                    prompt.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                String line = "{\"custom_id\":\"request-" + i + "\",\"method\":\"POST\",\"url\":\"/v1/chat/completions\","
                        + "\"body\":{\"model\":\"gpt-4o-mini\",\"temperature\":0." + random.nextInt(10) + ",\"max_tokens\":" + (100 + random.nextInt(900))
                        + ",\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
                        + "{\"role\":\"user\",\"content\":\"" + prompt.toString().strip() + "\"}]}}\n";
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
        }
    }
}
