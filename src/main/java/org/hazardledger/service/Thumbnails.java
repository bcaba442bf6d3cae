package org.hazardledger.service;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small PNG previews of pictures. A large photo is read subsampled (every n-th pixel of every
 * n-th row), so a 40-megapixel picture never sits whole in memory; the rest is a smooth scale.
 */
final class Thumbnails {

    private Thumbnails() {
    }

    /** A PNG of the picture in {@code file}, at most {@code maxSize} pixels a side; IOException if unreadable. */
    static byte[] render(Path file, int maxSize) throws IOException {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize " + maxSize);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not a picture the workbench can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // Read at about twice the target size, then scale smoothly.
                int step = Math.max(1, Math.max(width, height) / (maxSize * 2));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage read = reader.read(0, param);
                return png(scale(read, maxSize));
            } catch (RuntimeException e) {
                // ImageIO reports some malformed files with runtime exceptions.
                throw new IOException("malformed picture: " + e, e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scale(BufferedImage source, int maxSize) {
        double factor = Math.min(1.0, (double) maxSize / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }
}
