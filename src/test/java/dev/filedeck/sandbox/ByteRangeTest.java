package dev.filedeck.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one-range Range headers the sandbox honours; anything else gets the whole file. */
class ByteRangeTest {

    @Test
    void singleRangesAreHonouredWithinTheFile() {
        assertArrayEquals(new long[] {0, 1023}, ByteRange.parse("bytes=0-1023", 5000));
        assertArrayEquals(new long[] {0, 4999}, ByteRange.parse("bytes=0-99999", 5000));
        assertArrayEquals(new long[] {4000, 4999}, ByteRange.parse("bytes=4000-", 5000));
        assertArrayEquals(new long[] {4800, 4999}, ByteRange.parse("bytes=-200", 5000));
    }

    @Test
    void otherHeadersMeanTheWholeFile() {
        assertNull(ByteRange.parse(null, 5000));
        assertNull(ByteRange.parse("bytes=0-10,20-30", 5000));
        assertNull(ByteRange.parse("items=0-10", 5000));
        assertNull(ByteRange.parse("bytes=x-y", 5000));
        assertNull(ByteRange.parse("bytes=6000-", 5000));
        assertNull(ByteRange.parse("bytes=0-10", 0));
    }
}
