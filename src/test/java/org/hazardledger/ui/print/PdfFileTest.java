package org.hazardledger.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A printed form reaches its name only when complete. */
class PdfFileTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteFileReplacesTheOldOneAndNoTemporaryFileRemains() throws Exception {
        Path target = dir.resolve("YH-2026-06-0001-整改通知单.pdf");
        Files.writeString(target, "old");
        PdfFile.write(target, out -> out.write("%PDF-new".getBytes(StandardCharsets.US_ASCII)));
        assertThat(target).hasContent("%PDF-new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("notice.pdf");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> PdfFile.write(target, out -> {
            out.write("%PDF-half".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("report failed");
        })).hasMessage("report failed");
        assertThat(target).hasContent("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
