package com.artinsmartrealty.ai.vision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A 64-bit perceptual hash of a photo (the DCT "pHash"): the picture is reduced to 32×32 grey levels
 * by averaging, transformed with a 2-D DCT, and the 8×8 lowest frequencies are compared with their
 * median. Resizing, recompression and small colour shifts change few of those bits, while different
 * pictures differ in about half of them, so the Hamming distance between two hashes tells whether two
 * files show the same photo. Decoding reads large pictures subsampled, so a 4000-pixel photo costs no
 * more memory than a 512-pixel one, and never touches the disk.
 */
public final class PerceptualHash {

    /** At most this many differing bits for two files to count as the same photo. */
    public static final int SAME_PHOTO_DISTANCE = 10;

    private static final int SIZE = 32;
    private static final int LOW = 8;
    private static final int DECODED_SIDE = 512;
    private static final int MAX_SIDE = 20_000;
    private static final double[][] COSINES = cosines();

    private PerceptualHash() {
    }

    /** Decodes a JPEG, PNG, GIF or BMP file; empty when the bytes are no picture ImageIO can read. */
    public static Optional<BufferedImage> decode(byte[] bytes) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / DECODED_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.ofNullable(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The hash of a decoded picture. */
    public static long of(BufferedImage image) {
        double[][] grey = reduce(image);
        double[][] dct = dct(grey);
        double[] low = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                low[u * LOW + v] = dct[u][v];
            }
        }
        double[] withoutDc = Arrays.copyOfRange(low, 1, low.length);
        Arrays.sort(withoutDc);
        double median = (withoutDc[withoutDc.length / 2 - 1] + withoutDc[withoutDc.length / 2]) / 2;
        long hash = 0;
        for (int i = 0; i < low.length; i++) {
            if (low[i] > median) {
                hash |= 1L << i;
            }
        }
        return hash;
    }

    /** How many bits two hashes differ in, 0..64. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** 1 for identical hashes, falling to 0 at half the bits differing (what unrelated pictures score). */
    public static double similarity(int distance) {
        return Math.max(0, 1 - distance / 32.0);
    }

    /** The picture as 32×32 luminance values, each the mean of the pixels of its cell. */
    private static double[][] reduce(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        double[][] sums = new double[SIZE][SIZE];
        int[][] counts = new int[SIZE][SIZE];
        for (int y = 0; y < height; y++) {
            int row = (int) ((long) y * SIZE / height);
            for (int x = 0; x < width; x++) {
                int column = (int) ((long) x * SIZE / width);
                int pixel = argb[y * width + x];
                double luminance = 0.299 * ((pixel >> 16) & 0xff) + 0.587 * ((pixel >> 8) & 0xff)
                        + 0.114 * (pixel & 0xff);
                sums[row][column] += luminance;
                counts[row][column]++;
            }
        }
        for (int row = 0; row < SIZE; row++) {
            for (int column = 0; column < SIZE; column++) {
                sums[row][column] = counts[row][column] == 0 ? 0 : sums[row][column] / counts[row][column];
            }
        }
        return sums;
    }

    /** The 2-D DCT-II of a 32×32 block, rows then columns. */
    private static double[][] dct(double[][] block) {
        double[][] rows = new double[SIZE][SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int u = 0; u < SIZE; u++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    sum += block[y][x] * COSINES[u][x];
                }
                rows[y][u] = sum;
            }
        }
        double[][] out = new double[SIZE][SIZE];
        for (int u = 0; u < SIZE; u++) {
            for (int v = 0; v < SIZE; v++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    sum += rows[y][u] * COSINES[v][y];
                }
                out[v][u] = sum;
            }
        }
        return out;
    }

    private static double[][] cosines() {
        double[][] table = new double[SIZE][SIZE];
        for (int u = 0; u < SIZE; u++) {
            double scale = u == 0 ? Math.sqrt(1.0 / SIZE) : Math.sqrt(2.0 / SIZE);
            for (int x = 0; x < SIZE; x++) {
                table[u][x] = scale * Math.cos((2 * x + 1) * u * Math.PI / (2 * SIZE));
            }
        }
        return table;
    }
}
