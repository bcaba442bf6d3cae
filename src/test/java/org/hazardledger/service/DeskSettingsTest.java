package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's store setting: kept across starts, never a password, a damaged file said and set aside. */
class DeskSettingsTest {

    private static final Actor ADMIN = new Actor("系统管理员 (admin)", AccountRole.ADMIN, null, null);
    private static final Messages ZH = Messages.forLanguage("zh");
    private static final Messages EN = Messages.forLanguage("en");

    @TempDir
    Path dir;

    @Test
    void aDeskWithoutSettingsOpensTheEmbeddedLedger() {
        DeskSettings.Reading reading = new DeskSettings(dir).read();
        assertThat(reading.store()).isEqualTo(StoreChoice.EMBEDDED);
        assertThat(reading.store().onServer()).isFalse();
        assertThat(reading.problem()).isEmpty();
    }

    @Test
    void theServerChosenIsReadAtTheNextStartAndTheEmbeddedLedgerCanBeChosenAgain() throws Exception {
        DeskSettings desk = new DeskSettings(dir);
        desk.write(StoreChoice.server(" jdbc:postgresql://db.example.cn:5432/ledger ", "张伟"), ADMIN);

        DeskSettings.Reading reading = new DeskSettings(dir).read();
        assertThat(reading.problem()).isEmpty();
        assertThat(reading.store().onServer()).isTrue();
        assertThat(reading.store().url()).isEqualTo("jdbc:postgresql://db.example.cn:5432/ledger");
        assertThat(reading.store().user()).isEqualTo("张伟");
        assertThat(reading.store().describe()).isEqualTo("postgresql://db.example.cn:5432/ledger (张伟)");
        assertThat(Files.list(dir)).as("no temporary file left beside it")
                .containsExactly(dir.resolve(DeskSettings.FILE_NAME));

        desk.write(StoreChoice.EMBEDDED, ADMIN);
        assertThat(new DeskSettings(dir).read().store()).isEqualTo(StoreChoice.EMBEDDED);
        assertThat(Files.readString(desk.file(), StandardCharsets.ISO_8859_1)).doesNotContain("postgresql");
    }

    @Test
    void onlyAnAdministratorChangesTheDesksStore() throws Exception {
        DeskSettings desk = new DeskSettings(dir);
        desk.write(StoreChoice.server("jdbc:postgresql://db:5432/ledger", "ledger"), ADMIN);
        byte[] before = Files.readAllBytes(desk.file());

        Actor clerk = new Actor("李娜 (lina)", AccountRole.CLERK, null, null);
        assertThatThrownBy(() -> desk.write(StoreChoice.EMBEDDED, clerk))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(ZH.describe(e))
                        .isEqualTo("只有管理员可以更改这台电脑使用的数据库。"));
        assertThat(Files.readAllBytes(desk.file())).isEqualTo(before);
        assertThat(DeskSettings.mayChange(clerk)).isFalse();
        assertThat(DeskSettings.mayChange(ADMIN)).isTrue();
    }

    @Test
    void aDamagedFileIsSaidAndTheEmbeddedLedgerOpens() throws Exception {
        Path file = dir.resolve(DeskSettings.FILE_NAME);
        Files.writeString(file, "store=server\nserver.url=\\u12G4\n", StandardCharsets.ISO_8859_1);

        DeskSettings.Reading reading = new DeskSettings(dir).read();
        assertThat(reading.store()).isEqualTo(StoreChoice.EMBEDDED);
        assertThat(reading.problem()).get().satisfies(p -> {
            assertThat(ZH.describe(p)).startsWith("无法读取本机设置文件 " + file)
                    .contains("本次打开本机台账");
            assertThat(EN.describe(p)).startsWith("Cannot read this desk’s settings file " + file);
        });
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as("left for the user to put right")
                .contains("\\u12G4");
    }

    @Test
    void aSettingThatNamesNoUsableStoreIsSaidByNameAndValue() throws Exception {
        Path file = dir.resolve(DeskSettings.FILE_NAME);
        Files.writeString(file, "store=cloud\n");
        assertThat(new DeskSettings(dir).read()).satisfies(r -> {
            assertThat(r.store()).isEqualTo(StoreChoice.EMBEDDED);
            assertThat(ZH.describe(r.problem().orElseThrow()))
                    .isEqualTo("本机设置文件 " + file + " 中的数据库设置无效：store=cloud。本次打开本机台账；"
                            + "请在“设置 › 数据库”中重新选择并保存。");
        });

        Files.writeString(file, "store=server\nserver.url=jdbc:mysql://db/ledger\nserver.user=ledger\n");
        assertThat(EN.describe(new DeskSettings(dir).read().problem().orElseThrow()))
                .contains("server.url=jdbc:mysql://db/ledger");

        Files.writeString(file, "store=server\nserver.url=jdbc:postgresql://db/ledger\n");
        DeskSettings.Reading noUser = new DeskSettings(dir).read();
        assertThat(noUser.store()).isEqualTo(StoreChoice.EMBEDDED);
        assertThat(EN.describe(noUser.problem().orElseThrow())).contains("server.user=");
    }

    @Test
    void aServerChoiceIsCheckedAsTheServerItselfIs() {
        assertThatThrownBy(() -> StoreChoice.server("postgresql://db/ledger", "ledger"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.server.url"));
        assertThatThrownBy(() -> StoreChoice.server("jdbc:postgresql://db/ledger", "  "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.server.user"));
        assertThat(StoreChoice.server("jdbc:postgresql://db/ledger", "ledger").withPassword("s3cret").password())
                .isEqualTo("s3cret");
    }
}
