package org.hazardledger.ui.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.AttachmentStatus;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo strip of the hazard detail pane, without a screen. */
class AttachmentStripViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path desk;
    private UiFixture ui;
    private SmallEnterprise e;
    private Hazard valve;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
        valve = ui.ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private AttachmentStripViewModel strip() throws Exception {
        AttachmentStripViewModel vm = ui.onFx(() -> new AttachmentStripViewModel(ui.services));
        ui.fx(() -> vm.show(AttachmentOwnerKind.HAZARD, valve.id()));
        return vm;
    }

    @Test
    void filesChosenInTheDialogAreAddedAsTheChosenKindWithThumbnails() throws Exception {
        Path photo = Files.write(desk.resolve("整改后.png"), png(800, 600));
        Path plan = Files.writeString(desk.resolve("方案.pdf"), "%PDF-1.4 not really");
        AttachmentStripViewModel vm = strip();
        assertThat(vm.tiles()).isEmpty();
        assertThat(vm.canAddProperty().get()).isTrue();

        ui.dialogs.answerOpenWith(List.of(photo, plan));
        ui.fx(() -> {
            vm.kindProperty().set(AttachmentKind.AFTER);
            vm.chooseAndAdd();
        });

        assertThat(vm.tiles()).hasSize(2);
        AttachmentTile picture = vm.tiles().get(0);
        assertThat(picture.attachment().kind()).isEqualTo(AttachmentKind.AFTER);
        assertThat(picture.hasThumbnail()).isTrue();
        assertThat(picture.caption()).isEqualTo("整改后 · 整改后.png");
        AttachmentTile document = vm.tiles().get(1);
        assertThat(document.attachment().kind()).isEqualTo(AttachmentKind.DOCUMENT);
        assertThat(document.hasThumbnail()).isFalse();
        assertThat(document.placeholder()).isEqualTo("PDF");
        assertThat(vm.messageProperty().get()).isEqualTo("已添加 2 个文件。");
        assertThat(ui.ledger.attachments.list(AttachmentOwnerKind.HAZARD, valve.id())).hasSize(2);
    }

    @Test
    void removingAsksFirstAndKeepsTheFileWhenTheUserSaysNo() throws Exception {
        ui.ledger.attachments.attach(AttachmentOwnerKind.HAZARD, valve.id(), AttachmentKind.BEFORE,
                Files.write(desk.resolve("渗漏.png"), png(64, 48)));
        AttachmentStripViewModel vm = strip();
        AttachmentTile tile = vm.tiles().get(0);

        ui.dialogs.answerConfirmWith(false);
        ui.fx(() -> vm.remove(tile));
        assertThat(ui.dialogs.confirmations()).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("渗漏.png"));
        assertThat(vm.tiles()).hasSize(1);

        ui.dialogs.answerConfirmWith(true);
        ui.fx(() -> {
            vm.selectedProperty().set(tile);
            vm.removeSelected();
        });
        assertThat(vm.tiles()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("已删除“渗漏.png”。");
        assertThat(ui.ledger.attachments.list(AttachmentOwnerKind.HAZARD, valve.id())).isEmpty();
    }

    @Test
    void aFileDeletedOnDiskShowsTheMissingPlaceholderAndOpeningItExplainsWhy() throws Exception {
        var a = ui.ledger.attachments.attach(AttachmentOwnerKind.HAZARD, valve.id(), AttachmentKind.BEFORE,
                Files.write(desk.resolve("阀门.png"), png(64, 48)));
        Files.delete(ui.ledger.store.attachmentFiles().path(a.sha256()));

        AttachmentStripViewModel vm = strip();

        assertThat(vm.tiles()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(AttachmentStatus.MISSING);
            assertThat(t.hasThumbnail()).isFalse();
            assertThat(t.placeholder()).isEqualTo("文件缺失");
            assertThat(t.description()).contains("阀门.png").contains("文件缺失");
        });
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(ui.dialogs.errors()).isEmpty();

        ui.fx(() -> vm.open(vm.tiles().get(0)));
        assertThat(ui.dialogs.errors()).singleElement()
                .satisfies(s -> assertThat(s.message()).contains("阀门.png").contains("不在数据文件夹"));
        assertThat(ui.dialogs.opened).isEmpty();
    }

    @Test
    void aDamagedPictureShowsAsUnreadable() throws Exception {
        ui.ledger.attachments.attach(AttachmentOwnerKind.HAZARD, valve.id(), AttachmentKind.BEFORE,
                Files.write(desk.resolve("坏图.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5}));

        AttachmentStripViewModel vm = strip();

        assertThat(vm.tiles()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(AttachmentStatus.UNREADABLE);
            assertThat(t.placeholder()).isEqualTo("无法读取");
        });
    }

    @Test
    void aPictureOpensInTheViewerAndADocumentInTheSystemProgram() throws Exception {
        ui.ledger.attachments.attach(AttachmentOwnerKind.HAZARD, valve.id(), AttachmentKind.BEFORE,
                Files.write(desk.resolve("现场.png"), png(64, 48)));
        ui.ledger.attachments.attach(AttachmentOwnerKind.HAZARD, valve.id(), AttachmentKind.DOCUMENT,
                Files.writeString(desk.resolve("记录.txt"), "检查记录"));
        AttachmentStripViewModel vm = strip();
        List<ImageToShow> viewed = new java.util.ArrayList<>();
        vm.setImageViewer(viewed::add);

        ui.fx(() -> vm.open(vm.tiles().get(0)));
        ui.fx(() -> vm.open(vm.tiles().get(1)));

        assertThat(viewed).singleElement().satisfies(v -> assertThat(v.title()).isEqualTo("现场.png"));
        assertThat(ui.dialogs.opened).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo("记录.txt"));
    }

    @Test
    void someoneOutsideTheHazardsUnitsSeesThePhotosButCannotAddOrRemove() throws Exception {
        ui.ledger.attachments.attach(AttachmentOwnerKind.HAZARD, valve.id(), AttachmentKind.BEFORE,
                Files.write(desk.resolve("现场.png"), png(64, 48)));
        var plant2 = ui.ledger.organisation.addUnit(null, Tier.PLANT, "P2", "二厂");
        ui.ledger.signIn("二厂主任 (head)", AccountRole.UNIT_HEAD, plant2);

        AttachmentStripViewModel vm = strip();

        assertThat(vm.tiles()).hasSize(1);
        assertThat(vm.canAddProperty().get()).isFalse();
        ui.fx(() -> vm.selectedProperty().set(vm.tiles().get(0)));
        assertThat(vm.canRemoveProperty().get()).isFalse();
    }

    @Test
    void aPastedPictureIsAttachedUnderTheMomentItWasPasted() throws Exception {
        AttachmentStripViewModel vm = strip();
        byte[] screenshot = png(300, 200);

        ui.fx(() -> vm.addImage(screenshot));

        assertThat(vm.tiles()).singleElement().satisfies(t -> {
            assertThat(t.attachment().fileName()).isEqualTo("pasted-20260615-093000.png");
            assertThat(t.hasThumbnail()).isTrue();
        });
    }

    @Test
    void anUnreadableClipboardPictureIsReportedAtTheStripAndNothingIsAdded() throws Exception {
        AttachmentStripViewModel vm = strip();
        ui.fx(vm::pasteFailed);
        assertThat(vm.messageProperty().get()).contains("剪贴板中的图片无法读取");
        assertThat(vm.tiles()).isEmpty();
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
