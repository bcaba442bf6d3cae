package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.Grade;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.LedgerField;
import org.hazardledger.service.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LargeSheetTest {

    private static final int ROWS = 60_000;

    @TempDir
    Path dir;

    /** Text that does not compress away, the same for the same row. */
    private static String noise(long seed, int chunks) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chunks; i++) {
            out.append(' ').append(Long.toHexString(random.nextLong()));
        }
        return out.toString();
    }

    @Test
    @Timeout(120)
    void aTenMegabyteSheetIsReadWhole() throws Exception {
        LocalDate start = LocalDate.of(2020, 1, 1);
        Path file = TestSheets.bigXlsx(dir.resolve("big.xlsx"),
                List.of("序号", "排查时间", "所在单位", "隐患部位", "隐患描述", "隐患等级", "整改措施", "整改责任人",
                        "整改期限", "整改资金（元）", "状态"),
                ROWS, r -> List.of(r, start.plusDays(r % 2000), "一厂/机修车间", "第" + r + "号设备旁的通道",
                        "第" + r + "条隐患：通道堆放杂物，影响人员疏散，需要及时清理并设置警示标志" + noise(r, 6),
                        r % 10 == 0 ? "重大隐患" : "一般隐患", "清理杂物，设置警示标志，加强日常巡查" + noise(-r, 5), "张三" + (r % 50),
                        start.plusDays(r % 2000 + 30), r * 1.5, r % 3 == 0 ? "已整改" : "整改中"));
        assertThat(Files.size(file)).isGreaterThan(9L * 1024 * 1024);

        long started = System.nanoTime();
        long[] last = new long[1];
        Progress watched = new Progress() {
            @Override
            public void update(long done, long total) {
                last[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        SheetImport in = SheetImport.open(file, watched);
        long opened = System.nanoTime();
        List<ImportLine> lines = in.parse(watched).lines();

        System.err.printf("LargeSheetTest: %d bytes opened in %d ms, parsed in %d ms%n", Files.size(file),
                (opened - started) / 1_000_000, (System.nanoTime() - opened) / 1_000_000);
        assertThat(last[0]).isPositive();
        assertThat(lines).hasSize(ROWS);
        ImportLine first = lines.get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.problems()).isEmpty();
        assertThat(first.line().date(LedgerField.FOUND_ON)).isEqualTo(start.plusDays(1));
        assertThat(first.line().text(LedgerField.UNIT)).isEqualTo("一厂/机修车间");
        assertThat(first.line().amount(LedgerField.FUNDS)).isEqualByComparingTo("1.5");
        ImportLine end = lines.get(ROWS - 1);
        assertThat(end.row()).isEqualTo(ROWS + 1);
        assertThat(end.problems()).isEmpty();
        assertThat(end.line().text(LedgerField.PLACE)).isEqualTo("第" + ROWS + "号设备旁的通道");
        assertThat(end.line().date(LedgerField.DEADLINE)).isEqualTo(start.plusDays(ROWS % 2000 + 30));
        assertThat(end.line().choice(LedgerField.GRADE, Grade.class)).isEqualTo(Grade.MAJOR);
        assertThat(end.line().amount(LedgerField.FUNDS)).isEqualByComparingTo(String.valueOf(ROWS * 1.5));
    }
}
