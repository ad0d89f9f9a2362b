package dev.filedeck.inspect;

/** The classic hex view: offset, sixteen bytes in hex, the same as printable ASCII. */
public final class HexDump {

    private HexDump() {
    }

    public static String format(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 4 + 64);
        for (int row = 0; row < bytes.length; row += 16) {
            out.append(String.format("%08x  ", row));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                if (row + i < bytes.length) {
                    int b = bytes[row + i] & 0xFF;
                    out.append(String.format("%02x ", b));
                    ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(" |").append(ascii).append("|\n");
        }
        return out.toString();
    }
}
