package org.hazardledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Registration;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SafetyReportDraft;
import org.hazardledger.model.SafetyReportRow;
import org.hazardledger.model.SealKey;
import org.hazardledger.model.SealKeyStatus;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.SafetyReportRepository;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.StoreSession;

/**
 * The safety-report use cases as steps inside a given transaction, so that the service and the demo
 * loader register reports and make keys with the same checks and audit events.
 *
 * <p>Rules:
 * <ul>
 * <li>The seal key's holder is the enterprise union chair: an account with role {@link AccountRole#UNION_MEMBER}
 *     and no scope unit (the enterprise union). Only such an account may create a key, and only when no
 *     active key exists. Only the account that created a key may unseal what is sealed to it.</li>
 * <li>Rotating (the holder, with the current passphrase): a new key becomes active, the old one is retired
 *     and kept, and every key the holder holds is locked anew under the new passphrase, so one passphrase
 *     opens all the holder's identities.</li>
 * <li>A new chair: an administrator retires the active key ({@link #retireActiveKey}); the new chair then
 *     creates a key. Identities sealed before stay sealed to the old key: only the old holder's account,
 *     with the old passphrase, opens them. Nobody else can, by design.</li>
 * <li>Clerks and union members (any scope) register reports and turn them into hazards.</li>
 * </ul>
 * Neither the identity nor the passphrase is ever written to the audit trail, a log or an exception message.
 */
final class SafetyReportOperations {

    static final String ENTITY = "safety_report";
    static final String KEY_ENTITY = "seal_key";
    static final Set<AccountRole> REGISTRARS = EnumSet.of(AccountRole.CLERK, AccountRole.UNION_MEMBER);
    /** Letters and digits that cannot be mistaken for one another on paper (no 0/O, 1/I/L). */
    private static final char[] PSEUDONYM_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int PSEUDONYM_LENGTH = 5;
    static final String PSEUDONYM_PREFIX = "举报人-";

    private SafetyReportOperations() {
    }

    /** True for the enterprise union chair's kind of account: a union account answering for the whole enterprise. */
    static boolean isEnterpriseUnion(Actor actor) {
        return actor.accountId() != null && actor.role() == AccountRole.UNION_MEMBER && actor.scopeUnitId() == null;
    }

    static boolean mayRegister(Actor actor) {
        return actor.role() != null && REGISTRARS.contains(actor.role());
    }

    static void requireRegistrar(Actor actor) {
        if (!mayRegister(actor)) {
            throw new DomainException("error.report.registrarOnly");
        }
    }

    // the seal key

    static SealKey createKey(StoreSession s, Actor actor, IdentitySeal seal, char[] passphrase) {
        if (!isEnterpriseUnion(actor)) {
            throw new DomainException("error.report.keyChairOnly");
        }
        SafetyReportRepository r = s.safetyReports();
        SealKey active = r.activeKey().orElse(null);
        if (active != null) {
            throw new DomainException(active.holderAccountId().equals(actor.accountId())
                    ? "error.report.keyExists" : "error.report.keyHeldByOther");
        }
        SealKey k = newKey(s, actor, seal, passphrase);
        s.events().append(actor.name(), KEY_ENTITY, k.id(), "CREATE", new EventPayload()
                .put("holder", actor.accountId()).put("kem", "X25519-HKDF-SHA256/AES-256-GCM (HPKE)")
                .put("kdf", kdfWithoutSalt(k.kdfParameters())).toJson());
        return k;
    }

    /** A new key for the holder of the active key; the old is retired, all of the holder's keys re-locked. */
    static SealKey rotateKey(StoreSession s, Actor actor, IdentitySeal seal, char[] current, char[] next) {
        SafetyReportRepository r = s.safetyReports();
        SealKey active = r.activeKey().orElseThrow(() -> new DomainException("error.report.noSealKey"));
        if (actor.accountId() == null || !active.holderAccountId().equals(actor.accountId())) {
            throw new DomainException("error.report.keyHolderOnly");
        }
        IdentitySeal.requireStrong(next);
        // proves the passphrase before anything changes
        byte[] check = seal.unlock(active.id(), active.lockedPrivateKey(), active.kdfParameters(), current);
        Arrays.fill(check, (byte) 0);
        int relocked = 0;
        for (SealKey k : r.keysHeldBy(actor.accountId())) {
            byte[] priv;
            try {
                priv = seal.unlock(k.id(), k.lockedPrivateKey(), k.kdfParameters(), current);
            } catch (DomainException e) {
                continue; // a key locked under another passphrase (before a hand-over) keeps it
            }
            try {
                IdentitySeal.Locked locked = seal.lock(k.id(), priv, next);
                r.relockKey(k.id(), locked.bytes(), locked.kdfParameters());
                relocked++;
            } finally {
                Arrays.fill(priv, (byte) 0);
            }
        }
        r.retireKey(active.id());
        SealKey k = newKey(s, actor, seal, next);
        s.events().append(actor.name(), KEY_ENTITY, k.id(), "ROTATE", new EventPayload()
                .put("holder", actor.accountId()).put("retired", active.id()).put("relocked", relocked)
                .put("kdf", kdfWithoutSalt(k.kdfParameters())).toJson());
        return k;
    }

    /** An administrator retires the active key so that a new chair can create one. */
    static void retireActiveKey(StoreSession s, Actor actor) {
        if (actor.role() != AccountRole.ADMIN) {
            throw new DomainException("error.report.retireAdminOnly");
        }
        SealKey active = s.safetyReports().activeKey().orElseThrow(() -> new DomainException("error.report.noSealKey"));
        s.safetyReports().retireKey(active.id());
        s.events().append(actor.name(), KEY_ENTITY, active.id(), "RETIRE", new EventPayload()
                .put("holder", active.holderAccountId()).toJson());
    }

    private static SealKey newKey(StoreSession s, Actor actor, IdentitySeal seal, char[] passphrase) {
        UUID id = s.newId();
        IdentitySeal.Generated g = seal.generate(id, passphrase);
        SealKey k = new SealKey(id, s.clock().instant(), actor.accountId(), g.publicKey(), g.lockedPrivateKey(),
                g.kdfParameters(), false);
        s.safetyReports().insertKey(k);
        return k;
    }

    private static String kdfWithoutSalt(String kdf) {
        int i = kdf.indexOf(";salt=");
        return i < 0 ? kdf : kdf.substring(0, i);
    }

    static SealKeyStatus status(StoreSession s, Actor actor) {
        SafetyReportRepository r = s.safetyReports();
        SealKey active = r.activeKey().orElse(null);
        String holder = active == null ? null
                : s.accounts().byId(active.holderAccountId()).map(Account::displayName).orElse(null);
        boolean mine = active != null && actor.accountId() != null
                && active.holderAccountId().equals(actor.accountId());
        return new SealKeyStatus(active != null, holder, active == null ? null : active.createdAt(), mine,
                active == null && isEnterpriseUnion(actor), r.retiredKeyCount());
    }

    // reports

    /** Registers a report; the identity is sealed before anything is written. */
    static SafetyReport register(StoreSession s, Actor actor, IdentitySeal seal, Random random,
                                 SafetyReportDraft draft) {
        requireRegistrar(actor);
        LocalDate today = LocalDate.now(s.clock());
        List<FieldError> errors = new ArrayList<>(draft.validate(today));
        if (draft.unitId() != null) {
            OrgUnit unit = s.organisation().unit(draft.unitId()).orElse(null);
            if (unit == null || unit.retired()) {
                errors.add(FieldError.of(SafetyReportDraft.UNIT, "validation.unit.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        SafetyReportRepository r = s.safetyReports();
        UUID id = s.newId();
        byte[] sealed = null;
        UUID keyId = null;
        if (draft.identity() != null) {
            SealKey key = r.activeKey().orElseThrow(() -> new DomainException("error.report.noSealKey"));
            sealed = seal.seal(id, draft.identity(), key.publicKey());
            keyId = key.id();
        }
        SafetyReport report = new SafetyReport(id, 1, r.nextNumber(draft.receivedOn().getYear()), draft.channel(),
                draft.receivedOn(), draft.unitId(), draft.summary().strip(), newPseudonym(r, random),
                sealed != null, null, actor.name());
        r.insert(report, sealed, keyId);
        s.events().append(actor.name(), ENTITY, id, "REGISTER", new EventPayload()
                .put("number", report.number()).put("channel", report.channel())
                .put("receivedOn", report.receivedOn()).put("unit", report.unitId())
                .put("summary", report.summary()).put("pseudonym", report.pseudonym())
                .put("sealed", report.sealed()).put("sealKey", keyId).toJson());
        return report;
    }

    private static String newPseudonym(SafetyReportRepository r, Random random) {
        while (true) {
            StringBuilder b = new StringBuilder(PSEUDONYM_PREFIX);
            for (int i = 0; i < PSEUDONYM_LENGTH; i++) {
                b.append(PSEUDONYM_ALPHABET[random.nextInt(PSEUDONYM_ALPHABET.length)]);
            }
            String p = b.toString();
            if (!r.pseudonymTaken(p)) {
                return p;
            }
        }
    }

    /** Opens a report's identity for the key holder; the unseal is audited (who, why; never what). */
    static ReporterIdentity unseal(StoreSession s, Actor actor, IdentitySeal seal, UUID reportId,
                                   char[] passphrase, String reason) {
        SafetyReportRepository r = s.safetyReports();
        SafetyReport report = r.find(reportId).orElseThrow(() -> new DomainException("error.report.notFound"));
        SafetyReportRepository.Sealed sealed = r.sealedIdentity(reportId)
                .orElseThrow(() -> new DomainException("error.report.notSealed", report.number()));
        SealKey key = r.key(sealed.keyId()).orElseThrow(() -> new DomainException("error.report.sealDamaged"));
        if (actor.accountId() == null || !key.holderAccountId().equals(actor.accountId())) {
            throw new DomainException("error.report.unsealHolderOnly");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("error.report.reasonRequired");
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new DomainException("error.report.wrongPassphrase");
        }
        byte[] priv = seal.unlock(key.id(), key.lockedPrivateKey(), key.kdfParameters(), passphrase);
        ReporterIdentity identity;
        try {
            identity = seal.open(reportId, sealed.bytes(), priv, key.publicKey());
        } finally {
            Arrays.fill(priv, (byte) 0);
        }
        s.events().append(actor.name(), ENTITY, reportId, "UNSEAL", new EventPayload()
                .put("number", report.number()).put("reason", reason.strip()).put("sealKey", key.id()).toJson());
        return identity;
    }

    // hazards

    static HazardSource sourceOf(ReportChannel channel) {
        return channel == ReportChannel.HOTLINE_12350 ? HazardSource.HOTLINE_12350 : HazardSource.WORKER_REPORT;
    }

    /** The register form's start for turning the report into a hazard: anonymous finder, source by channel. */
    static HazardDraft hazardDraft(StoreSession s, UUID reportId) {
        SafetyReport report = unlinked(s, reportId);
        String place = report.unitId() == null ? ""
                : s.organisation().unit(report.unitId()).map(OrgUnit::name).orElse("");
        return new HazardDraft(new Registration(report.unitId(), place, report.receivedOn(), null, true,
                sourceOf(report.channel()), null, null, report.summary()),
                new Grading(Grade.GENERAL, null, null, null, null));
    }

    /** Registers a hazard from the report (finder anonymous, source by channel) and links the two. */
    static Hazard registerHazard(StoreSession s, Actor actor, UUID reportId, HazardDraft draft) {
        requireRegistrar(actor);
        SafetyReport report = unlinked(s, reportId);
        Registration g = draft.registration();
        Registration forced = new Registration(g.unitId(), g.place(), g.foundOn(), null, true,
                sourceOf(report.channel()), g.category(), g.form(), g.description());
        Hazard h = HazardOperations.register(s, actor, new HazardDraft(forced, draft.grading()));
        link(s, actor, report, h);
        return h;
    }

    /** Links the report to an existing hazard, given by number. */
    static SafetyReport linkHazard(StoreSession s, Actor actor, UUID reportId, String hazardNumber) {
        requireRegistrar(actor);
        SafetyReport report = unlinked(s, reportId);
        String number = hazardNumber == null ? "" : hazardNumber.strip();
        Hazard h = s.hazards().byNumber(number)
                .orElseThrow(() -> new DomainException("error.report.hazardUnknown", number));
        link(s, actor, report, h);
        return s.safetyReports().find(reportId).orElseThrow();
    }

    private static void link(StoreSession s, Actor actor, SafetyReport report, Hazard h) {
        if (!s.safetyReports().linkHazard(report.id(), report.revision(), h.id())) {
            throw new StaleRecordException("error.safetyReport.stale", report.number());
        }
        s.events().append(actor.name(), ENTITY, report.id(), "LINK_HAZARD", new EventPayload()
                .put("number", report.number()).put("hazard", h.number()).toJson());
    }

    private static SafetyReport unlinked(StoreSession s, UUID reportId) {
        SafetyReport report = s.safetyReports().find(reportId)
                .orElseThrow(() -> new DomainException("error.report.notFound"));
        if (report.hazardId() != null) {
            throw new DomainException("error.report.alreadyLinked", report.number());
        }
        return report;
    }

    static List<SafetyReportRow> rows(StoreSession s, Actor actor) {
        SafetyReportRepository r = s.safetyReports();
        List<SafetyReport> reports = r.list();
        if (reports.isEmpty()) {
            return List.of();
        }
        Set<UUID> units = new HashSet<>();
        Set<UUID> hazards = new HashSet<>();
        for (SafetyReport p : reports) {
            if (p.unitId() != null) {
                units.add(p.unitId());
            }
            if (p.hazardId() != null) {
                hazards.add(p.hazardId());
            }
        }
        Map<UUID, String> unitNames = r.unitNames(units);
        Map<UUID, String> hazardNumbers = r.hazardNumbers(hazards);
        Map<UUID, UUID> keyOf = r.sealKeyIds();
        Set<UUID> myKeys = new HashSet<>();
        if (actor.accountId() != null) {
            r.keysHeldBy(actor.accountId()).forEach(k -> myKeys.add(k.id()));
        }
        List<SafetyReportRow> out = new ArrayList<>(reports.size());
        for (SafetyReport p : reports) {
            out.add(new SafetyReportRow(p, p.unitId() == null ? null : unitNames.get(p.unitId()),
                    p.hazardId() == null ? null : hazardNumbers.get(p.hazardId()),
                    p.sealed() && myKeys.contains(Objects.requireNonNullElse(keyOf.get(p.id()), new UUID(0, 0)))));
        }
        return out;
    }
}
