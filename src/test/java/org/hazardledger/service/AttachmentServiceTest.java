package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.AttachmentPreview;
import org.hazardledger.model.AttachmentStatus;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.store.AttachmentFiles;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentServiceTest {

    private static final AttachmentOwnerKind HAZARD = AttachmentOwnerKind.HAZARD;

    @TempDir
    Path dir;
    @TempDir
    Path outside;
    private LedgerFixture ledger;
    private LedgerFixture.SmallEnterprise e;
    private Hazard valve;
    private Hazard second;

    @BeforeEach
    void setUp() {
        ledger = new LedgerFixture(dir);
        e = ledger.initialiseSmall();
        valve = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        second = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(1)));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void theSameContentAttachedToTwoHazardsIsStoredOnceWithTwoRows() throws Exception {
        Path photo = Files.write(outside.resolve("阀门.png"), png(640, 480, Color.ORANGE));
        Attachment a = ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE, photo);
        Attachment b = ledger.attachments.attach(HAZARD, second.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(Files.readAllBytes(photo)), "copy.png");

        assertThat(a.sha256()).isEqualTo(b.sha256()).isEqualTo(sha256(Files.readAllBytes(photo)));
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(storedFiles()).containsExactly(dir.resolve("attachments").resolve(a.sha256().substring(0, 2))
                .resolve(a.sha256().substring(2)));
        assertThat(ledger.attachments.list(HAZARD, valve.id())).extracting(Attachment::fileName)
                .containsExactly("阀门.png");
        assertThat(ledger.attachments.list(HAZARD, second.id())).extracting(Attachment::fileName)
                .containsExactly("copy.png");
        assertThat(a.mediaType()).isEqualTo("image/png");
        assertThat(a.addedBy()).isEqualTo(LedgerFixture.CLERK.name());
        // no temporary file left behind
        try (Stream<Path> left = Files.list(dir.resolve("attachments"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void attachingIsAuditedAndRemovingLeavesATombstoneAndTheSharedFile() throws Exception {
        byte[] content = png(100, 80, Color.BLUE);
        Attachment a = ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(content), "a.png");
        Attachment b = ledger.attachments.attach(HAZARD, second.id(), AttachmentKind.AFTER,
                new ByteArrayInputStream(content), "b.png");

        ledger.attachments.remove(a);

        assertThat(ledger.attachments.list(HAZARD, valve.id())).isEmpty();
        assertThat(ledger.attachments.status(b)).isEqualTo(AttachmentStatus.PRESENT);
        assertThat(ledger.store.transact(s -> s.events().forEntity(a.id())).stream().map(EventLog.Event::action))
                .containsExactly("ATTACH", "REMOVE");
        assertThat(ledger.audit.verify().isIntact()).isTrue();
        assertThatThrownBy(() -> ledger.attachments.remove(a)).isInstanceOf(DomainException.class);
    }

    @Test
    void aFileDeletedOnDiskShowsAsMissingWithoutAnException() throws Exception {
        Attachment a = ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(png(200, 150, Color.RED)), "leak.png");
        assertThat(ledger.attachments.preview(a, 120).thumbnail()).isNotNull();

        Files.delete(ledger.store.attachmentFiles().path(a.sha256()));

        assertThat(ledger.attachments.status(a)).isEqualTo(AttachmentStatus.MISSING);
        List<AttachmentPreview> previews = ledger.attachments.previews(HAZARD, valve.id(), 120);
        assertThat(previews).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(AttachmentStatus.MISSING);
            assertThat(p.thumbnail()).isNull();
        });
        assertThatThrownBy(() -> ledger.attachments.viewingCopy(a.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.attachment.missing"));
    }

    @Test
    void aCorruptPictureAndAChangedFileShowAsUnreadable() throws Exception {
        byte[] garbage = new byte[5000];
        new Random(7).nextBytes(garbage);
        Attachment broken = ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(garbage), "broken.png");
        assertThat(ledger.attachments.preview(broken, 120).status()).isEqualTo(AttachmentStatus.UNREADABLE);

        Attachment good = ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(png(90, 90, Color.GREEN)), "good.png");
        Path stored = ledger.store.attachmentFiles().path(good.sha256());
        byte[] changed = Files.readAllBytes(stored);
        changed[changed.length / 2] ^= 0x55;
        Files.write(stored, changed);

        assertThat(ledger.attachments.verify(good)).isEqualTo(AttachmentStatus.UNREADABLE);
        assertThat(ledger.attachments.preview(good, 120).status()).isEqualTo(AttachmentStatus.UNREADABLE);
    }

    @Test
    void aLargePictureGetsASmallCachedThumbnail() throws Exception {
        Attachment a = ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(png(4000, 3000, Color.DARK_GRAY)), "big.png");

        byte[] thumb = ledger.attachments.thumbnail(a.id(), 120).orElseThrow();

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(read.getWidth()).isEqualTo(120);
        assertThat(read.getHeight()).isEqualTo(90);
        assertThat(ledger.store.attachmentFiles().thumbnail(a.sha256(), 120)).exists();
    }

    @Test
    void aFileThatIsNoPictureIsADocumentAndOpensUnderItsOwnName() throws Exception {
        Attachment a = ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream("整改方案".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "C:\\Users\\clerk\\方案.txt");

        assertThat(a.kind()).isEqualTo(AttachmentKind.DOCUMENT);
        assertThat(a.fileName()).isEqualTo("方案.txt");
        AttachmentPreview p = ledger.attachments.preview(a, 120);
        assertThat(p.status()).isEqualTo(AttachmentStatus.PRESENT);
        assertThat(p.thumbnail()).isNull();
        Path copy = ledger.attachments.viewingCopy(a.id());
        assertThat(copy.getFileName().toString()).isEqualTo("方案.txt");
        assertThat(Files.readString(copy)).isEqualTo("整改方案");
        try (var in = ledger.attachments.open(a.id())) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("整改方案");
        }
    }

    @Test
    void onlyThoseWhoMayWorkOnTheHazardAttachAndNothingIsStoredForARefusal() throws Exception {
        ledger.signIn("管理员 (admin)", AccountRole.ADMIN, null);
        assertThatThrownBy(() -> ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(new byte[]{1, 2, 3}), "x.bin"))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.attachment.role"));
        assertThat(ledger.attachments.mayChange(HAZARD, valve.id())).isFalse();

        var otherPlant = ledger.organisation.addUnit(null, org.hazardledger.model.Tier.PLANT, "P2", "二厂");
        ledger.signIn("二厂主任 (head)", AccountRole.UNIT_HEAD, otherPlant);
        assertThatThrownBy(() -> ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(new byte[]{1, 2, 3}), "x.bin"))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.attachment.scope"));
        assertThat(storedFiles()).isEmpty();

        ledger.signIn("班组长 (head)", AccountRole.UNIT_HEAD, e.team());
        assertThat(ledger.attachments.mayChange(HAZARD, valve.id())).isTrue();
        ledger.attachments.attach(HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream(new byte[]{1, 2, 3}), "x.bin");
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void aRoundTakesPhotosFromThoseWhoAnswerForItsUnitOnly() throws Exception {
        var round = ledger.rounds.record(org.hazardledger.model.RoundDraft.allOk(e.team().id(), LedgerFixture.TODAY,
                List.of(e.leader().id()), ledger.rounds.checklistFor(e.team().id())));
        Path photo = Files.write(outside.resolve("班前检查.png"), png(320, 240, Color.GREEN));
        AttachmentOwnerKind roundOwner = AttachmentOwnerKind.ROUND;
        var otherPlant = ledger.organisation.addUnit(null, org.hazardledger.model.Tier.PLANT, "P2", "二厂");

        ledger.signIn("班组长 (head)", AccountRole.UNIT_HEAD, e.team());
        ledger.attachments.attach(roundOwner, round.id(), AttachmentKind.DOCUMENT, photo);
        assertThat(ledger.attachments.list(roundOwner, round.id())).extracting(Attachment::fileName)
                .containsExactly("班前检查.png");

        ledger.signIn("二厂主任 (head)", AccountRole.UNIT_HEAD, otherPlant);
        assertThatThrownBy(() -> ledger.attachments.attach(roundOwner, round.id(), AttachmentKind.DOCUMENT, photo))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.attachment.roundScope"));
        assertThatThrownBy(() -> ledger.attachments.attach(roundOwner, java.util.UUID.randomUUID(),
                AttachmentKind.DOCUMENT, photo))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.round.notFound"));
        assertThat(ledger.attachments.list(roundOwner, round.id())).hasSize(1);
    }

    /** The content files of the store (not thumbnails, not viewing copies). */
    private List<Path> storedFiles() throws IOException {
        Path root = dir.resolve(AttachmentFiles.FOLDER);
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getFileName().toString().matches("[0-9a-f]{2}")).toList();
        }
    }

    static byte[] png(int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
