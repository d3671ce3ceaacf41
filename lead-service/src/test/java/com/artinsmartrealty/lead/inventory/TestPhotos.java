package com.artinsmartrealty.lead.inventory;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small real photos in each accepted format, different for each seed. */
public final class TestPhotos {

    private TestPhotos() {
    }

    public static byte[] jpeg(int seed) {
        return encode(seed, "jpg");
    }

    public static byte[] png(int seed) {
        return encode(seed, "png");
    }

    /** A WebP file's header (RIFF, WEBP, a VP8 chunk) and some payload: enough to be told by its signature. */
    public static byte[] webp(int seed) {
        byte[] bytes = new byte[64];
        byte[] header = "RIFF8\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }

    private static byte[] encode(int seed, String format) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(Math.floorMod(seed * 97, 256), Math.floorMod(seed * 53, 256), 120));
        graphics.fillRect(0, 0, 32, 24);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(Math.floorMod(seed, 24), 4, 6, 6);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
