package org.hazardledger.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Noto Sans SC faces. Many Windows and Linux PCs have no Chinese font JavaFX can
 * use; without these every character would be an empty box.
 */
public final class CjkFonts {

    /** The family name the theme's CSS asks for. */
    static final String FAMILY = "Noto Sans SC";
    private static final Logger LOG = LoggerFactory.getLogger(CjkFonts.class);

    private CjkFonts() {
    }

    /** Loads the faces once; later calls find the family installed and do nothing. */
    public static void load() {
        if (Font.getFamilies().contains(FAMILY)) {
            return;
        }
        load("/fonts/NotoSansSC_400Regular.ttf");
        load("/fonts/NotoSansSC_700Bold.ttf");
    }

    private static void load(String resource) {
        try (InputStream in = CjkFonts.class.getResourceAsStream(resource)) {
            if (in == null || Font.loadFont(in, 13) == null) {
                LOG.warn("Cannot load the font {}; Chinese may show as boxes", resource);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the font {}", resource, e);
        }
    }
}
