package org.hazardledger.ui.attachment;

import java.nio.file.Path;

/** A picture the large viewer should show: the stored file and the name the user knows it by. */
public record ImageToShow(Path file, String title) {
}
