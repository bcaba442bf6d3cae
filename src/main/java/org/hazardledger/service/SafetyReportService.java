package org.hazardledger.service;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SafetyReportDraft;
import org.hazardledger.model.SafetyReportRow;
import org.hazardledger.model.SealKeyStatus;
import org.hazardledger.store.Store;

/**
 * Safety reports (举报) with the reporter’s identity sealed to the union chair’s key: registering, the
 * seal key, and unsealing (key holder only, with the passphrase and a reason, audited). Each public method
 * is one transaction. The rules (who holds the key, rotation, a new chair) are on
 * {@link SafetyReportOperations}.
 */
public final class SafetyReportService {

    private final Store store;
    private final UserSession session;
    private final IdentitySeal seal;
    private final Random random = new SecureRandom();

    public SafetyReportService(Store store, UserSession session) {
        this(store, session, Argon2Cost.DEFAULT);
    }

    /** With the Argon2id cost that protects the seal key's private key (the application uses the default). */
    public SafetyReportService(Store store, UserSession session, Argon2Cost cost) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
        this.seal = new IdentitySeal(Objects.requireNonNull(cost, "cost"));
    }

    /** Registers a report as the signed-in clerk or union member; a given identity is sealed at once. */
    public SafetyReport register(SafetyReportDraft draft) {
        return store.transact(s -> SafetyReportOperations.register(s, session.actor(), seal, random, draft));
    }

    public Optional<SafetyReport> find(UUID id) {
        return store.transact(s -> s.safetyReports().find(id));
    }

    /** All reports, newest first, with unit names and hazard numbers. */
    public List<SafetyReportRow> list() {
        return store.transact(s -> SafetyReportOperations.rows(s, session.actor()));
    }

    /** The seal key as the signed-in account sees it. */
    public SealKeyStatus keyStatus() {
        return store.transact(s -> SafetyReportOperations.status(s, session.actor()));
    }

    /** Whether the signed-in account may register reports and turn them into hazards. */
    public boolean canRegister() {
        return SafetyReportOperations.mayRegister(session.actor());
    }

    /** The enterprise union chair creates the seal key, protected by {@code passphrase} (at least 8 characters). */
    public void createKey(char[] passphrase) {
        store.transact(s -> SafetyReportOperations.createKey(s, session.actor(), seal, passphrase));
    }

    /** The key holder makes a new key; the old is retired and still opens what was sealed to it. */
    public void rotateKey(char[] currentPassphrase, char[] newPassphrase) {
        store.transact(s -> SafetyReportOperations.rotateKey(s, session.actor(), seal, currentPassphrase,
                newPassphrase));
    }

    /**
     * An administrator retires the active key so that a new union chair can create one. What was sealed
     * before stays sealed to the old key: only its holder opens it.
     */
    public void retireActiveKey() {
        store.transact(s -> {
            SafetyReportOperations.retireActiveKey(s, session.actor());
            return null;
        });
    }

    /**
     * The reporter's identity, for the signed-in key holder with the right passphrase and a stated reason.
     * The result is returned to this call only: never stored, never logged. The unseal is audited.
     */
    public ReporterIdentity unseal(UUID reportId, char[] passphrase, String reason) {
        return store.transact(s -> SafetyReportOperations.unseal(s, session.actor(), seal, reportId, passphrase,
                reason));
    }

    /** The start of the register form for turning the report into a hazard. */
    public HazardDraft hazardDraft(UUID reportId) {
        return store.transact(s -> SafetyReportOperations.hazardDraft(s, reportId));
    }

    /** Registers a hazard from the report (finder anonymous, source by channel) and links it. */
    public Hazard registerHazard(UUID reportId, HazardDraft draft) {
        return store.transact(s -> SafetyReportOperations.registerHazard(s, session.actor(), reportId, draft));
    }

    /** Links the report to an existing hazard. */
    public SafetyReport linkHazard(UUID reportId, String hazardNumber) {
        return store.transact(s -> SafetyReportOperations.linkHazard(s, session.actor(), reportId, hazardNumber));
    }
}
