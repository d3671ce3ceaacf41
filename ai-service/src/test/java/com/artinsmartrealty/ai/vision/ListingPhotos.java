package com.artinsmartrealty.ai.vision;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Listing photos for tests: a room rendered from a seed (walls, floor, windows with sky, furniture,
 * sensor noise), so each seed is a different "property", and the operations a chat app applies to a
 * forwarded photo (downscaling, JPEG recompression).
 */
public final class ListingPhotos {

    private ListingPhotos() {
    }

    /** A photo of the room with this seed. */
    public static BufferedImage room(long seed, int width, int height) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color wall = new Color(150 + random.nextInt(100), 140 + random.nextInt(100), 120 + random.nextInt(110));
        int horizon = (int) (height * (0.45 + random.nextDouble() * 0.25));
        g.setPaint(new GradientPaint(0, 0, wall.brighter(), 0, horizon, wall.darker()));
        g.fillRect(0, 0, width, horizon);
        Color floor = new Color(80 + random.nextInt(120), 60 + random.nextInt(90), 40 + random.nextInt(80));
        g.setPaint(new GradientPaint(0, horizon, floor, 0, height, floor.darker().darker()));
        g.fillRect(0, horizon, width, height - horizon);
        int windows = 1 + random.nextInt(3);
        for (int i = 0; i < windows; i++) {
            int w = width / 8 + random.nextInt(width / 5);
            int h = horizon / 3 + random.nextInt(horizon / 3);
            int x = random.nextInt(Math.max(1, width - w));
            int y = horizon / 10 + random.nextInt(Math.max(1, horizon - h - horizon / 10));
            g.setPaint(new GradientPaint(x, y, new Color(90, 150, 230), x, y + h, new Color(200, 225, 250)));
            g.fillRect(x, y, w, h);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(Math.max(2, width / 200f)));
            g.drawRect(x, y, w, h);
            g.drawLine(x + w / 2, y, x + w / 2, y + h);
        }
        int furniture = 2 + random.nextInt(4);
        for (int i = 0; i < furniture; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            int w = width / 10 + random.nextInt(width / 4);
            int h = height / 12 + random.nextInt(height / 5);
            int x = random.nextInt(Math.max(1, width - w));
            int y = horizon - h / 2 + random.nextInt(Math.max(1, height - horizon));
            if (random.nextBoolean()) {
                g.fillRoundRect(x, y, w, h, w / 5, h / 5);
            } else {
                g.fillOval(x, y, w, h);
            }
        }
        g.dispose();
        Random noise = new Random(seed * 31 + 7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int delta = (int) (noise.nextGaussian() * 6);
                image.setRGB(x, y, (clamp(((rgb >> 16) & 0xff) + delta) << 16)
                        | (clamp(((rgb >> 8) & 0xff) + delta) << 8) | clamp((rgb & 0xff) + delta));
            }
        }
        return image;
    }

    /** The picture scaled to {@code width}, keeping its proportions, with bilinear filtering. */
    public static BufferedImage resized(BufferedImage image, int width) {
        int height = (int) Math.round((double) image.getHeight() * width / image.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** The picture encoded as JPEG with ImageIO at {@code quality} (0..1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The picture encoded as PNG. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", new MemoryCacheImageOutputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A listing photo as the listing stores it, and the same photo as a user forwards it from a chat app. */
    public static byte[] original(long seed) {
        return jpeg(room(seed, 1600, 1067), 0.92f);
    }

    public static byte[] forwarded(long seed) {
        return jpeg(resized(room(seed, 1600, 1067), 720), 0.55f);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
