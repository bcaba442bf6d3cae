package org.hazardledger.ui.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.hazardledger.service.AtomicFile;

/** A chart's picture saved as PNG, off the FX thread, whole or not at all (a temporary file, then a rename). */
final class ChartImages {

    private ChartImages() {
    }

    /** Writes {@code image} (a snapshot taken on the FX thread) to {@code file} as PNG, whole or not at all. */
    static void writePng(Image image, Path file) {
        try {
            BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
            AtomicFile.write(file, out -> {
                if (!ImageIO.write(pixels, "png", out)) {
                    throw new IOException("no PNG writer");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
