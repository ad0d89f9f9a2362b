package dev.filedeck.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The sample {@code diagram.png}: three cards joined by arrows (upload, batch, results), drawn with
 * supersampled shapes and encoded as a PNG by hand — IHDR, IDAT, IEND and their CRCs — so the sandbox needs
 * neither java.desktop nor ImageIO.
 */
final class PngDiagram {

    static final int WIDTH = 360;
    static final int HEIGHT = 200;
    private static final int SUBSAMPLES = 3;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngDiagram() {
    }

    /** A shape that covers some points in one colour, at some opacity. */
    private record Shape(Area region, int rgb, double alpha) {
    }

    @FunctionalInterface
    private interface Region {
        boolean contains(double x, double y);
    }

    /**
     * A region with a box around it: most of the 650,000 samples miss most shapes, and the box says
     * so without the region's own test (a first start renders this before the first list: it was
     * half a second of it, mostly JIT work).
     */
    private record Area(double minX, double minY, double maxX, double maxY, Region region) {

        boolean contains(double x, double y) {
            return x >= minX && x <= maxX && y >= minY && y <= maxY && region.contains(x, y);
        }
    }

    static byte[] render() {
        List<Shape> shapes = scene();
        int[] pixels = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                pixels[y * WIDTH + x] = pixel(shapes, x, y);
            }
        }
        return encode(WIDTH, HEIGHT, pixels);
    }

    private static List<Shape> scene() {
        List<Shape> shapes = new ArrayList<>();
        // Title and subtitle, as bars in place of text.
        shapes.add(new Shape(roundedRect(24, 20, 132, 10, 5), 0x334155, 1));
        shapes.add(new Shape(roundedRect(24, 36, 86, 7, 3.5), 0x94A3B8, 1));
        int[] accents = {0x6366F1, 0x14B8A6, 0xF59E0B};
        int[][] lineWidths = {{60, 44, 52}, {56, 62, 40}, {48, 58, 36}};
        for (int i = 0; i < 3; i++) {
            double left = 24 + i * 116;
            double top = 62;
            double width = 88;
            double height = 112;
            Area card = roundedRect(left, top, width, height, 10);
            shapes.add(new Shape(roundedRect(left + 1, top + 4, width, height, 10), 0x0F172A, 0.10)); // shadow
            shapes.add(new Shape(card, 0xFFFFFF, 1));
            double headerBottom = top + 28;
            shapes.add(new Shape(new Area(left, top, left + width, headerBottom, card::contains), accents[i], 1));
            shapes.add(new Shape(circle(left + 16, top + 14, 6), 0xFFFFFF, 0.9));
            shapes.add(new Shape(roundedRect(left + 28, top + 11, 40, 6, 3), 0xFFFFFF, 0.75));
            for (int line = 0; line < 3; line++) {
                shapes.add(new Shape(roundedRect(left + 14, top + 44 + line * 18, lineWidths[i][line], 7, 3.5), 0xCBD5E1, 1));
            }
            if (i < 2) {
                double fromX = left + width + 8;
                double toX = left + 116 - 8;
                double midY = top + height / 2;
                shapes.add(new Shape(segment(fromX, midY, toX - 8, midY, 3), 0x94A3B8, 1));
                shapes.add(new Shape(triangle(toX, midY, toX - 10, midY - 6, toX - 10, midY + 6), 0x94A3B8, 1));
            }
        }
        return shapes;
    }

    private static int pixel(List<Shape> shapes, int x, int y) {
        double r = 0;
        double g = 0;
        double b = 0;
        for (int sy = 0; sy < SUBSAMPLES; sy++) {
            for (int sx = 0; sx < SUBSAMPLES; sx++) {
                double px = x + (sx + 0.5) / SUBSAMPLES;
                double py = y + (sy + 0.5) / SUBSAMPLES;
                double[] colour = background(px, py);
                for (Shape shape : shapes) {
                    if (shape.region().contains(px, py)) {
                        blend(colour, shape.rgb(), shape.alpha());
                    }
                }
                r += colour[0];
                g += colour[1];
                b += colour[2];
            }
        }
        int n = SUBSAMPLES * SUBSAMPLES;
        return (channel(r / n) << 16) | (channel(g / n) << 8) | channel(b / n);
    }

    /** A soft vertical gradient with a faint dot grid, like a diagramming canvas. */
    private static double[] background(double x, double y) {
        double t = y / HEIGHT;
        double[] colour = {248 - 10 * t, 250 - 8 * t, 252 - 5 * t};
        double gx = x % 16 - 8;
        double gy = y % 16 - 8;
        if (gx * gx + gy * gy <= 1.0) {
            blend(colour, 0xCBD5E1, 0.8);
        }
        return colour;
    }

    private static void blend(double[] colour, int rgb, double alpha) {
        colour[0] = colour[0] * (1 - alpha) + ((rgb >> 16) & 0xFF) * alpha;
        colour[1] = colour[1] * (1 - alpha) + ((rgb >> 8) & 0xFF) * alpha;
        colour[2] = colour[2] * (1 - alpha) + (rgb & 0xFF) * alpha;
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static Area roundedRect(double left, double top, double width, double height, double radius) {
        return new Area(left, top, left + width, top + height, (x, y) -> {
            double cx = Math.max(left + radius, Math.min(x, left + width - radius));
            double cy = Math.max(top + radius, Math.min(y, top + height - radius));
            double dx = x - cx;
            double dy = y - cy;
            return x >= left && x <= left + width && y >= top && y <= top + height && dx * dx + dy * dy <= radius * radius;
        });
    }

    private static Area circle(double cx, double cy, double radius) {
        return new Area(cx - radius, cy - radius, cx + radius, cy + radius,
                (x, y) -> (x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius);
    }

    private static Area segment(double x1, double y1, double x2, double y2, double thickness) {
        double half = thickness / 2;
        return new Area(Math.min(x1, x2) - half, Math.min(y1, y2) - half, Math.max(x1, x2) + half, Math.max(y1, y2) + half, (x, y) -> {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
            double ex = x - (x1 + t * dx);
            double ey = y - (y1 + t * dy);
            return ex * ex + ey * ey <= thickness * thickness / 4;
        });
    }

    private static Area triangle(double ax, double ay, double bx, double by, double cx, double cy) {
        return new Area(Math.min(ax, Math.min(bx, cx)), Math.min(ay, Math.min(by, cy)),
                Math.max(ax, Math.max(bx, cx)), Math.max(ay, Math.max(by, cy)), (x, y) -> {
            double d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
            double d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
            double d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
            boolean negative = d1 < 0 || d2 < 0 || d3 < 0;
            boolean positive = d1 > 0 || d2 > 0 || d3 > 0;
            return !(negative && positive);
        });
    }

    /** An 8-bit RGB PNG: every scanline with filter type 0, the whole image in one zlib stream. */
    static byte[] encode(int width, int height, int[] rgb) {
        try {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] row = new byte[1 + width * 3];
                for (int y = 0; y < height; y++) {
                    row[0] = 0;
                    for (int x = 0; x < width; x++) {
                        int p = rgb[y * width + x];
                        row[1 + x * 3] = (byte) (p >> 16);
                        row[2 + x * 3] = (byte) (p >> 8);
                        row[3 + x * 3] = (byte) p;
                    }
                    zlib.write(row);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.writeByte(8); // bit depth
            ihdr.writeByte(2); // colour type: truecolour
            ihdr.writeByte(0); // deflate
            ihdr.writeByte(0); // adaptive filtering
            ihdr.writeByte(0); // no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
