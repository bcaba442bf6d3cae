package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetFilesTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordProtectedWorkbookIsRefusedClearly() {
        Path file = TestSheets.encryptedXlsx(dir.resolve("加密.xlsx"), TestSheets.typicalLedger(), "secret");

        assertRefused(file, "error.sheet.encrypted");
        assertThat(Messages.forLanguage("en").get("error.sheet.encrypted", "加密.xlsx"))
                .contains("password").contains("加密.xlsx");
    }

    @Test
    void aPasswordProtectedXlsIsRefusedClearly() {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        Path file;
        try {
            file = TestSheets.typicalLedger().xls(dir.resolve("locked.xls"));
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(file, "error.sheet.encrypted");
    }

    @Test
    void aTruncatedXlsxIsCorrupt() {
        Path whole = TestSheets.typicalLedger().xlsx(dir.resolve("whole.xlsx"));
        for (int keep : List.of(10, 200, 2000)) {
            Path cut = TestSheets.truncated(whole, dir.resolve("cut" + keep + ".xlsx"), keep);
            assertRefused(cut, "error.sheet.corrupt");
        }
    }

    @Test
    void randomBytesNamedXlsxAreCorrupt() {
        assertRefused(TestSheets.randomBytes(dir.resolve("random.xlsx"), 4096, 7), "error.sheet.corrupt");
    }

    @Test
    void aBinaryTxtIsNotASpreadsheet() throws IOException {
        byte[] bytes = new byte[2048];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 32);
        }
        assertRefused(Files.write(dir.resolve("data.txt"), bytes), "error.sheet.corrupt");
    }

    @Test
    void aZipThatIsNoWorkbookIsCorrupt() throws IOException {
        Path zip = dir.resolve("other.xlsx");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertRefused(zip, "error.sheet.corrupt");
    }

    @Test
    void anOle2FileThatIsNoWorkbookIsCorrupt() throws IOException {
        Path file = dir.resolve("doc.xls");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                java.io.OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertRefused(file, "error.sheet.corrupt");
    }

    @Test
    void anExcel95FileIsRefusedClearly() {
        assertRefused(TestSheets.excel95(dir.resolve("old.xls")), "error.sheet.oldExcel");
    }

    @Test
    void anEmptyFileOrAWorkbookWithNothingInItIsEmpty() throws IOException {
        assertRefused(Files.write(dir.resolve("empty.xlsx"), new byte[0]), "error.sheet.empty");
        assertRefused(TestSheets.sheet("空").xlsx(dir.resolve("blank.xlsx")), "error.sheet.empty");
        assertRefused(TestSheets.sheet("空").xls(dir.resolve("blank.xls")), "error.sheet.empty");
        assertRefused(Files.writeString(dir.resolve("blank.csv"), "\n,,\n"), "error.sheet.empty");
    }

    @Test
    void aMissingFileIsSaidSo() {
        assertRefused(dir.resolve("nowhere.xlsx"), "error.sheet.missing");
    }

    @Test
    void noFileStaysOpen() throws IOException {
        Path xlsx = TestSheets.typicalLedger().xlsx(dir.resolve("a.xlsx"));
        Path xls = TestSheets.typicalLedger().xls(dir.resolve("a.xls"));
        SheetImport.open(xlsx, Progress.NONE).withSheet(0, Progress.NONE).parse(Progress.NONE);
        SheetImport.open(xls, Progress.NONE).withSheet(0, Progress.NONE).parse(Progress.NONE);

        // a file still open would keep its bytes; moving it away and deleting must work everywhere
        Files.delete(xlsx);
        Files.delete(xls);
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
    }

    @Test
    void cancellingStopsTheRead() {
        Path file = TestSheets.bigXlsx(dir.resolve("c.xlsx"), List.of("隐患描述"), 3000, r -> List.of("x" + r));
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> SheetImport.open(file, cancelled))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    static void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> SheetImport.open(file, Progress.NONE))
                .as(file.getFileName().toString())
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.messageKey()).isEqualTo(key);
                    for (String language : List.of("zh", "en")) {
                        String text = Messages.forLanguage(language).describe(d);
                        assertThat(text).isNotEqualTo(key);
                        if (!d.args().isEmpty()) {
                            assertThat(text).contains(d.args().get(0).toString());
                        }
                    }
                });
    }
}
