import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs PNG files into a Windows .ico or a macOS .icns. Both formats are a small index followed by
 * the PNGs as they are (PNG entries are read by Windows Vista and later and by macOS 10.7 and later),
 * so no image library is needed. Run with the JDK's single-file launcher:
 *
 * <pre>
 * java PackIcons.java ico  out.ico  16.png 32.png ... 256.png
 * java PackIcons.java icns out.icns TYPE=file.png ...       (e.g. ic07=png/filedeck-128.png)
 * </pre>
 */
public final class PackIcons {

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !List.of("ico", "icns").contains(args[0])) {
            System.err.println("usage: java PackIcons.java ico OUT.ico PNG...  |  java PackIcons.java icns OUT.icns TYPE=PNG...");
            System.exit(2);
        }
        List<String> inputs = List.of(args).subList(2, args.length);
        byte[] packed = args[0].equals("ico") ? ico(inputs) : icns(inputs);
        Files.write(Path.of(args[1]), packed);
        System.out.println("Wrote " + args[1] + " (" + packed.length + " bytes, " + inputs.size() + " images)");
    }

    /** ICONDIR, one 16-byte ICONDIRENTRY per image, then the PNGs; little-endian. */
    private static byte[] ico(List<String> files) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (String file : files) {
            images.add(Files.readAllBytes(Path.of(file)));
        }
        int offset = 6 + 16 * images.size();
        ByteBuffer index = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        index.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        for (byte[] png : images) {
            int width = pngWidth(png);
            int height = pngHeight(png);
            if (width > 256 || height > 256) {
                throw new IllegalArgumentException("an .ico image is at most 256 px: " + width + "x" + height);
            }
            index.put((byte) (width == 256 ? 0 : width)).put((byte) (height == 256 ? 0 : height))
                    .put((byte) 0).put((byte) 0)                 // no palette, reserved
                    .putShort((short) 1).putShort((short) 32)   // planes, bits per pixel
                    .putInt(png.length).putInt(offset);
            offset += png.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(index.array());
        for (byte[] png : images) {
            out.write(png);
        }
        return out.toByteArray();
    }

    /** "icns", the total length, then per image its four-letter type, its length and the PNG; big-endian. */
    private static byte[] icns(List<String> typedFiles) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String typed : typedFiles) {
            int equals = typed.indexOf('=');
            if (equals != 4) {
                throw new IllegalArgumentException("expected TYPE=file.png with a four-letter type: " + typed);
            }
            byte[] png = Files.readAllBytes(Path.of(typed.substring(equals + 1)));
            pngWidth(png);
            body.write(typed.substring(0, 4).getBytes(StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + png.length).array());
            body.write(png);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
        body.writeTo(out);
        return out.toByteArray();
    }

    private static int pngWidth(byte[] png) {
        return header(png).getInt(16);
    }

    private static int pngHeight(byte[] png) {
        return header(png).getInt(20);
    }

    /** The signature and the IHDR chunk, which holds the size at bytes 16 to 23. */
    private static ByteBuffer header(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < signature.length; i++) {
            if (png.length < 24 || png[i] != signature[i]) {
                throw new IllegalArgumentException("not a PNG file");
            }
        }
        return ByteBuffer.wrap(png).order(ByteOrder.BIG_ENDIAN);
    }
}
