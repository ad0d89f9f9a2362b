package dev.filedeck.api;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before retrying, as the official SDKs do and a little better: the
 * server's {@code retry-after-ms} / {@code Retry-After} are honoured up to {@link #maxServerDelay},
 * otherwise exponential backoff with jitter.
 *
 * @param maxRetries retries after the first attempt
 * @param initialDelay the first backoff pause
 * @param maxDelay the longest backoff pause
 * @param maxServerDelay the longest pause a server may ask for; longer requests fall back to backoff
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxServerDelay) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries < 0");
        }
    }

    /** Two retries, 0.5 s doubling to 8 s, server requests honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
    }

    public static RetryPolicy never() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** Whether a status is worth another try when the server says nothing either way. */
    static boolean isRetryableStatus(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /** The server's explicit wish, from {@code x-should-retry}, if it stated one. */
    static Optional<Boolean> serverWish(HttpHeaders headers) {
        return headers.firstValue("x-should-retry").map(v -> v.trim().equalsIgnoreCase("true"));
    }

    /** The pause before retry number {@code attempt} (from 1), given the failed answer's headers (may be null). */
    Duration delayBefore(int attempt, HttpHeaders headers, Clock clock) {
        Optional<Duration> asked = headers == null ? Optional.empty() : serverDelay(headers, clock);
        if (asked.isPresent() && !asked.get().isNegative() && asked.get().compareTo(maxServerDelay) <= 0) {
            return asked.get();
        }
        double base = initialDelay.toMillis() * Math.pow(2, attempt - 1);
        double capped = Math.min(base, maxDelay.toMillis());
        // Up to 25 % less, so that many clients rate limited together do not come back together.
        double jittered = capped * (1 - 0.25 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(Math.round(jittered));
    }

    static Optional<Duration> serverDelay(HttpHeaders headers, Clock clock) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(millis.get().trim()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        Optional<String> after = headers.firstValue("retry-after");
        if (after.isEmpty()) {
            return Optional.empty();
        }
        String value = after.get().trim();
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(clock.instant(), when.toInstant()));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
