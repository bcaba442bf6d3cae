package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SafetyReportDraft;
import org.hazardledger.model.SafetyReportRow;
import org.hazardledger.model.ValidationException;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Sealed reporter identities (issue 7, first acceptance bullet): never in clear in the database, its
 * file, the audit trail or the log; unsealing only by the key holder with the passphrase and a reason,
 * every unseal audited; a wrong passphrase refused clearly with nothing changed.
 */
class SafetyReportServiceTest {

    static final String NAME = "欧阳举报";
    static final String PHONE = "13987650123";
    static final String PASSPHRASE = "Chair-Secret-1";

    @TempDir
    Path dir;

    LedgerFixture f;
    LedgerFixture.SmallEnterprise e;
    SafetyReportService reports;
    Account chair;
    Account clerk;
    Account workshopUnion;
    Account admin;
    ListAppender<ILoggingEvent> log;

    @BeforeEach
    void setUp() {
        f = new LedgerFixture(dir);
        e = f.initialiseSmall();
        admin = f.accounts.createFirstAdmin("admin", "管理员", "Admin-Passw0rd");
        chair = f.accounts.create(admin, "gonghui", "工会主席", "First-Passw0rd", AccountRole.UNION_MEMBER, null,
                null);
        clerk = f.accounts.create(admin, "anquan", "安全员", "First-Passw0rd", AccountRole.CLERK, null, null);
        workshopUnion = f.accounts.create(admin, "fenhui", "分会主席", "First-Passw0rd", AccountRole.UNION_MEMBER,
                e.workshop().id(), null);
        reports = f.campaign.reports();
        log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        f.close();
    }

    void as(Account a) {
        f.session.signIn(Actor.of(a));
    }

    SafetyReport registerSealed() {
        as(chair);
        if (!reports.keyStatus().present()) {
            reports.createKey(PASSPHRASE.toCharArray());
        }
        as(clerk);
        return reports.register(new SafetyReportDraft(ReportChannel.HOTLINE_12350, LedgerFixture.TODAY.minusDays(3),
                e.workshop().id(), "反映车间安全阀超期未校验",
                new ReporterIdentity(NAME, PHONE, "一车间", "晚上方便接电话")));
    }

    int auditCount() {
        return f.store.transact(s -> s.events().count());
    }

    List<String> auditPayloads(java.util.UUID entityId) {
        return f.store.transact(s -> s.events().forEntity(entityId)).stream().map(ev -> ev.payload()).toList();
    }

    @Test
    void theIdentityIsNeitherInTheRowNorInTheFileNorInTheAuditTrailNorInTheLog() throws Exception {
        SafetyReport r = registerSealed();
        assertThat(r.pseudonym()).matches("举报人-[2-9A-HJKMNP-Z]{5}");
        assertThat(r.number()).isEqualTo("JB-2026-0001");
        assertThat(r.sealed()).isTrue();
        assertThat(r.toString()).doesNotContain(NAME, PHONE);
        assertThat(auditPayloads(r.id())).hasSize(1).noneMatch(p -> p.contains(NAME) || p.contains(PHONE));
        f.close();

        // the raw row, as a database tool reads it
        List<String> columns = new ArrayList<>();
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledger");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT * FROM safety_report")) {
                assertThat(rs.next()).isTrue();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    int type = rs.getMetaData().getColumnType(i);
                    byte[] bytes = type == java.sql.Types.VARBINARY || type == java.sql.Types.BINARY
                            ? rs.getBytes(i) : null;
                    String text = rs.getString(i);
                    columns.add(rs.getMetaData().getColumnName(i));
                    if (text != null) {
                        assertThat(text).as(rs.getMetaData().getColumnName(i)).doesNotContain(NAME, PHONE);
                    }
                    if (bytes != null) {
                        assertNoBytesOf(bytes, rs.getMetaData().getColumnName(i));
                    }
                }
                assertThat(rs.getBytes("SEALED_IDENTITY")).isNotEmpty();
            }
            int events = 0;
            try (ResultSet rs = st.executeQuery("SELECT actor, payload FROM ledger_event")) {
                while (rs.next()) {
                    assertThat(rs.getString(1) + rs.getString(2)).doesNotContain(NAME, PHONE);
                    events++;
                }
            }
            assertThat(events).isGreaterThan(3);
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        assertThat(columns).contains("SEALED_IDENTITY", "PSEUDONYM");

        // every byte of every file in the data folder: the H2 file and anything else written there
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertNoBytesOf(Files.readAllBytes(p), p.toString());
            }
        }
        assertThat(dir.resolve("ledger.mv.db")).exists();
        // the scan can see: the report's summary, which is not sealed, is there in the file's own bytes
        assertThat(indexOf(Files.readAllBytes(dir.resolve("ledger.mv.db")), h2Chars("反映车间安全阀超期未校验")))
                .isNotEqualTo(-1);
        assertThat(log.list).noneMatch(ev -> ev.getFormattedMessage().contains(NAME)
                || ev.getFormattedMessage().contains(PHONE));
    }

    static void assertNoBytesOf(byte[] haystack, String where) {
        for (String needle : List.of(NAME, PHONE)) {
            for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                    StandardCharsets.UTF_16LE)) {
                assertThat(indexOf(haystack, needle.getBytes(cs))).as(where + " / " + cs).isEqualTo(-1);
            }
            assertThat(indexOf(haystack, h2Chars(needle))).as(where + " / H2").isEqualTo(-1);
        }
    }

    /**
     * A string as H2's MVStore writes it into a page ({@code WriteBuffer.putStringData}): like UTF-8,
     * but the trailing bytes lack the 0x80 marker, so a plain UTF-8 search never finds Chinese text.
     */
    static byte[] h2Chars(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theHolderWithTheRightPassphraseGetsTheIdentityBackAndEveryUnsealIsAudited() {
        SafetyReport r = registerSealed();
        as(chair);
        int before = auditCount();
        ReporterIdentity id = reports.unseal(r.id(), PASSPHRASE.toCharArray(), "核实举报内容需回访");
        assertThat(id.name()).isEqualTo(NAME);
        assertThat(id.contact()).isEqualTo(PHONE);
        assertThat(id.workplace()).isEqualTo("一车间");
        assertThat(id.note()).isEqualTo("晚上方便接电话");
        reports.unseal(r.id(), PASSPHRASE.toCharArray(), "发放奖励前确认身份");
        assertThat(auditCount()).isEqualTo(before + 2);

        List<AuditEntryView> unseals = f.store.transact(s -> s.events().forEntity(r.id())).stream()
                .filter(ev -> ev.action().equals("UNSEAL"))
                .map(ev -> new AuditEntryView(ev.actor(), ev.payload())).toList();
        assertThat(unseals).hasSize(2);
        assertThat(unseals.get(0).actor()).contains("gonghui");
        assertThat(unseals.get(0).payload()).contains("核实举报内容需回访", r.number()).doesNotContain(NAME, PHONE);
        assertThat(unseals.get(1).payload()).contains("发放奖励前确认身份");
        assertThat(f.audit.verify().isIntact()).isTrue();
        assertThat(log.list).noneMatch(ev -> ev.getFormattedMessage().contains(NAME)
                || ev.getFormattedMessage().contains(PHONE));
    }

    record AuditEntryView(String actor, String payload) {
    }

    @Test
    void aWrongPassphraseFailsWithAClearMessageAndChangesNothing() {
        SafetyReport r = registerSealed();
        as(chair);
        int before = auditCount();
        assertThatThrownBy(() -> reports.unseal(r.id(), "not-the-passphrase".toCharArray(), "核实"))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.messageKey()).isEqualTo("error.report.wrongPassphrase");
                    assertThat(ex.getMessage()).doesNotContain(NAME, PHONE, "not-the-passphrase");
                    assertThat(Messages.forLanguage("zh").describe(ex)).contains("口令不正确");
                    assertThat(Messages.forLanguage("en").describe(ex)).contains("passphrase is wrong");
                });
        assertThat(auditCount()).isEqualTo(before);
        assertThat(reports.find(r.id())).contains(r);
        assertThat(f.audit.verify().isIntact()).isTrue();
    }

    @Test
    void aReasonIsRequired() {
        SafetyReport r = registerSealed();
        as(chair);
        int before = auditCount();
        assertThatThrownBy(() -> reports.unseal(r.id(), PASSPHRASE.toCharArray(), "   "))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.reasonRequired"));
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void aClerkAWorkshopUnionMemberAnAdminAndAProcessCannotUnseal() {
        SafetyReport r = registerSealed();
        for (Account a : List.of(clerk, workshopUnion, admin)) {
            as(a);
            int before = auditCount();
            assertThatThrownBy(() -> reports.unseal(r.id(), PASSPHRASE.toCharArray(), "想看看"))
                    .as(a.loginName())
                    .isInstanceOfSatisfying(DomainException.class, ex -> {
                        assertThat(ex.messageKey()).isEqualTo("error.report.unsealHolderOnly");
                        assertThat(Messages.forLanguage("zh").describe(ex)).contains("封存密钥的持有人");
                        assertThat(Messages.forLanguage("en").describe(ex)).contains("holder of the seal key");
                    });
            assertThat(auditCount()).isEqualTo(before);
        }
        f.session.signIn(LedgerFixture.CLERK);
        assertThatThrownBy(() -> reports.unseal(r.id(), PASSPHRASE.toCharArray(), "想看看"))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.unsealHolderOnly"));
    }

    @Test
    void onlyTheEnterpriseUnionMayCreateTheKeyAndOnlyOnce() {
        for (Account a : List.of(clerk, workshopUnion, admin)) {
            as(a);
            assertThatThrownBy(() -> reports.createKey(PASSPHRASE.toCharArray())).as(a.loginName())
                    .isInstanceOfSatisfying(DomainException.class,
                            ex -> assertThat(ex.messageKey()).isEqualTo("error.report.keyChairOnly"));
        }
        as(chair);
        assertThatThrownBy(() -> reports.createKey("short".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.passphraseShort"));
        assertThat(reports.keyStatus().mayCreate()).isTrue();
        reports.createKey(PASSPHRASE.toCharArray());
        assertThat(reports.keyStatus().heldByMe()).isTrue();
        assertThat(reports.keyStatus().holderName()).isEqualTo("工会主席");
        assertThatThrownBy(() -> reports.createKey(PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.keyExists"));
        as(clerk);
        assertThat(reports.keyStatus().present()).isTrue();
        assertThat(reports.keyStatus().heldByMe()).isFalse();
    }

    @Test
    void anIdentityWithoutAKeyIsRefusedAndNothingIsWritten() {
        as(clerk);
        int before = auditCount();
        assertThatThrownBy(() -> reports.register(new SafetyReportDraft(ReportChannel.LETTER,
                LedgerFixture.TODAY, null, "反映问题若干", new ReporterIdentity(NAME, PHONE, "", ""))))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.messageKey()).isEqualTo("error.report.noSealKey");
                    assertThat(ex.getMessage()).doesNotContain(NAME, PHONE);
                });
        assertThat(reports.list()).isEmpty();
        assertThat(auditCount()).isEqualTo(before);
        // an anonymous report needs no key
        SafetyReport anon = reports.register(new SafetyReportDraft(ReportChannel.ANONYMOUS, LedgerFixture.TODAY,
                null, "匿名反映问题", null));
        assertThat(anon.sealed()).isFalse();
        assertThat(anon.pseudonym()).startsWith("举报人-");
    }

    @Test
    void badInputIsRefusedFieldByField() {
        as(clerk);
        assertThatThrownBy(() -> reports.register(new SafetyReportDraft(ReportChannel.LETTER,
                LedgerFixture.TODAY.plusDays(1), null, "短", null)))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
                        .extracting(fe -> fe.field() + ":" + fe.messageKey())
                        .containsExactlyInAnyOrder("receivedOn:validation.report.receivedFuture",
                                "summary:validation.tooShort", "identityName:validation.report.identityRequired"));
        assertThatThrownBy(() -> reports.register(new SafetyReportDraft(ReportChannel.ANONYMOUS,
                LedgerFixture.TODAY, null, "匿名反映问题", new ReporterIdentity(NAME, "", "", ""))))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
                        .extracting(fe -> fe.messageKey()).containsExactly("validation.report.anonymousNoIdentity"));
        as(chair);
        reports.register(new SafetyReportDraft(ReportChannel.ANONYMOUS, LedgerFixture.TODAY, null, "匿名反映问题", null));
        f.session.signIn(new Actor("某单位负责人", AccountRole.UNIT_HEAD, null, null));
        assertThatThrownBy(() -> reports.register(new SafetyReportDraft(ReportChannel.ANONYMOUS,
                LedgerFixture.TODAY, null, "匿名反映问题", null)))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.registrarOnly"));
    }

    @Test
    void rotationKeepsOldIdentitiesOpenableWithTheNewPassphrase() {
        SafetyReport old = registerSealed();
        as(chair);
        assertThatThrownBy(() -> reports.rotateKey("wrong-passphrase".toCharArray(), "New-Secret-2".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.wrongPassphrase"));
        reports.rotateKey(PASSPHRASE.toCharArray(), "New-Secret-2".toCharArray());
        assertThat(reports.keyStatus().retired()).isEqualTo(1);
        as(clerk);
        SafetyReport fresh = reports.register(new SafetyReportDraft(ReportChannel.IN_PERSON, LedgerFixture.TODAY,
                null, "反映新问题", new ReporterIdentity("第二人", "010-1234", "", "")));
        as(chair);
        assertThat(reports.unseal(old.id(), "New-Secret-2".toCharArray(), "回访").name()).isEqualTo(NAME);
        assertThat(reports.unseal(fresh.id(), "New-Secret-2".toCharArray(), "回访").name()).isEqualTo("第二人");
        assertThatThrownBy(() -> reports.unseal(old.id(), PASSPHRASE.toCharArray(), "回访"))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.wrongPassphrase"));
        assertThat(reports.list()).allMatch(SafetyReportRow::keyHeldByMe);
        assertThat(f.audit.verify().isIntact()).isTrue();
    }

    @Test
    void aNewChairMakesANewKeyAfterTheAdminRetiresTheOldAndTheOldIdentitiesStaySealedToTheOldHolder() {
        SafetyReport old = registerSealed();
        Account newChair = f.accounts.create(admin, "gonghui2", "新主席", "First-Passw0rd", AccountRole.UNION_MEMBER,
                null, null);
        as(newChair);
        assertThatThrownBy(() -> reports.createKey("Newchair-Secret".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.keyHeldByOther"));
        as(clerk);
        assertThatThrownBy(() -> reports.retireActiveKey()).isInstanceOfSatisfying(DomainException.class,
                ex -> assertThat(ex.messageKey()).isEqualTo("error.report.retireAdminOnly"));
        as(admin);
        reports.retireActiveKey();
        as(newChair);
        reports.createKey("Newchair-Secret".toCharArray());
        assertThatThrownBy(() -> reports.unseal(old.id(), "Newchair-Secret".toCharArray(), "接任"))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.unsealHolderOnly"));
        as(chair);
        assertThat(reports.unseal(old.id(), PASSPHRASE.toCharArray(), "交接前核实").name()).isEqualTo(NAME);
    }

    @Test
    void aReportBecomesAHazardWithAnAnonymousFinderOrIsLinkedToOne() {
        SafetyReport r = registerSealed();
        as(clerk);
        HazardDraft start = reports.hazardDraft(r.id());
        assertThat(start.registration().anonymous()).isTrue();
        assertThat(start.registration().source()).isEqualTo(HazardSource.HOTLINE_12350);
        HazardDraft complete = e.leakingValve(LedgerFixture.TODAY);
        HazardDraft given = new HazardDraft(new org.hazardledger.model.Registration(
                complete.registration().unitId(), "一车间", r.receivedOn(), e.worker().id(), false,
                HazardSource.POST_CHECK, complete.registration().category(), complete.registration().form(),
                r.summary()), complete.grading());
        Hazard h = reports.registerHazard(r.id(), given);
        assertThat(h.registration().anonymous()).isTrue();
        assertThat(h.registration().finderId()).isNull();
        assertThat(h.registration().source()).isEqualTo(HazardSource.HOTLINE_12350);
        assertThat(reports.find(r.id()).orElseThrow().hazardId()).isEqualTo(h.id());
        assertThat(reports.list().get(0).hazardNumber()).isEqualTo(h.number().toString());
        assertThatThrownBy(() -> reports.linkHazard(r.id(), h.number().toString()))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.alreadyLinked"));

        SafetyReport letter = reports.register(new SafetyReportDraft(ReportChannel.ANONYMOUS, LedgerFixture.TODAY,
                null, "匿名来信反映", null));
        assertThatThrownBy(() -> reports.linkHazard(letter.id(), "YH-209901-9999"))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.hazardUnknown"));
        assertThat(reports.linkHazard(letter.id(), h.number().toString()).hazardId()).isEqualTo(h.id());
        assertThat(reports.hazardDraft(registerSealed().id()).registration().source())
                .isEqualTo(HazardSource.HOTLINE_12350);
    }

    @Test
    void anAnonymousReportHasNothingToUnseal() throws IOException {
        as(clerk);
        SafetyReport anon = reports.register(new SafetyReportDraft(ReportChannel.ANONYMOUS, LedgerFixture.TODAY,
                null, "匿名反映问题", null));
        assertThat(reports.hazardDraft(anon.id()).registration().source()).isEqualTo(HazardSource.WORKER_REPORT);
        as(chair);
        reports.createKey(PASSPHRASE.toCharArray());
        assertThatThrownBy(() -> reports.unseal(anon.id(), PASSPHRASE.toCharArray(), "核实"))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("error.report.notSealed"));
    }
}
