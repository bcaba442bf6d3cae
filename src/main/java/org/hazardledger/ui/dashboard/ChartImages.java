package org.hazardledger.ui.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** A chart's picture saved as PNG, off the FX thread, whole or not at all (a temporary file, then a rename). */
final class ChartImages {

    private ChartImages() {
    }

    /** Writes {@code image} (a snapshot taken on the FX thread) to {@code file} as PNG. */
    static void writePng(Image image, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path part = dir.resolve("." + file.getFileName() + ".part");
        try {
            BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
            if (!ImageIO.write(pixels, "png", part.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException cleanup) {
                // the original failure is the one to report
                e.addSuppressed(cleanup);
            }
            throw new UncheckedIOException(e);
        }
    }
}
