package org.hazardledger.service;

import java.time.LocalDate;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Industry;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.store.Store;

/** Creates a new ledger: reference data and an enterprise, empty or the demo one. */
public final class SetupService {

    private final Store store;
    private final UserSession session;
    private final PasswordHasher hasher;

    /** Hashes the demo accounts' passwords at the default cost. */
    public SetupService(Store store, UserSession session) {
        this(store, session, new PasswordHasher());
    }

    /** {@code hasher} hashes the demo accounts' passwords (the composition root's, a cheap one in tests). */
    public SetupService(Store store, UserSession session, PasswordHasher hasher) {
        this.store = store;
        this.session = session;
        this.hasher = hasher;
    }

    /** True once an enterprise has been set up in this ledger. */
    public boolean isInitialised() {
        return store.transact(s -> s.organisation().enterprise().isPresent());
    }

    /** A ledger for a real enterprise: reference data and the enterprise, no units yet. */
    public Enterprise initialiseEmpty(String name, Industry industry) {
        if (name == null || name.isBlank()) {
            throw new DomainException("error.enterprise.nameRequired");
        }
        return store.transact(s -> {
            requireNew(s.organisation().enterprise().isPresent());
            ReferenceData.load(s);
            Enterprise e = new Enterprise(s.newId(), name.strip(), name.strip(), industry, null);
            s.organisation().insertEnterprise(e);
            return e;
        });
    }

    /**
     * A federation's ledger (总工会 / 联合会): reference data, the federation itself as this ledger's
     * enterprise row, and the installation role FEDERATION; one transaction.
     */
    public Enterprise initialiseFederation(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("error.enterprise.nameRequired");
        }
        return store.transact(s -> {
            requireNew(s.organisation().enterprise().isPresent());
            ReferenceData.load(s);
            Enterprise e = new Enterprise(s.newId(), name.strip(), name.strip(), Industry.OTHER, null);
            s.organisation().insertEnterprise(e);
            InstallationOperations.setRole(s, InstallationRole.FEDERATION);
            return e;
        });
    }

    /** What this ledger is: an enterprise's (also before setup) or a federation's. */
    public InstallationRole role() {
        return store.transact(s -> s.settings().get(InstallationOperations.ROLE).map(InstallationRole::valueOf)
                .orElse(InstallationRole.ENTERPRISE));
    }

    /**
     * The demo enterprise (two plants, ~2,000 hazards over two years up to today), generated from
     * a fixed seed, with one demo account per kind of user; all in one transaction, so a cancel
     * leaves the ledger empty.
     */
    public Enterprise initialiseDemo(Progress progress) {
        return store.transact(s -> {
            requireNew(s.organisation().enterprise().isPresent());
            ReferenceData.load(s);
            return DemoEnterprise.load(s, session.actor(), LocalDate.now(s.clock()), progress, hasher);
        });
    }

    /**
     * A throw-away ledger for the benchmarks: one workshop with {@code hazards} hazards found from
     * {@code from} to {@code to} and a weekly round in every other week; one transaction. Returns the
     * workshop.
     */
    public OrgUnit initialiseBenchmark(int hazards, LocalDate from, LocalDate to, Progress progress) {
        return store.transact(s -> {
            requireNew(s.organisation().enterprise().isPresent());
            return BenchmarkLedger.load(s, session.actor(), hazards, from, to, progress);
        });
    }

    private static void requireNew(boolean hasEnterprise) {
        if (hasEnterprise) {
            throw new DomainException("error.ledger.alreadyInitialised");
        }
    }
}
