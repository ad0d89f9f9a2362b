package dev.filedeck.sandbox;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Random identifiers in the shapes OpenAI uses. */
final class Ids {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final Pattern FILE_ID = Pattern.compile("file-[0-9A-Za-z]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** {@code file-} and 24 base62 characters. */
    static String newFileId() {
        return "file-" + base62(24);
    }

    static boolean isFileId(String s) {
        return FILE_ID.matcher(s).matches();
    }

    /** {@code req_} and 32 hex digits, like OpenAI's x-request-id. */
    static String newRequestId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder sb = new StringBuilder("req_");
        for (byte b : bytes) {
            sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return sb.toString();
    }

    static String base62(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return sb.toString();
    }
}
