package org.hazardledger.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
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
     * A throw-away ledger for the benchmarks: one workshop ({@code BenchmarkLedger.WORKSHOP_CODE}, three
     * teams) with {@code hazards} hazards found from {@code from} to {@code to} and a weekly round in
     * every other week. Returns the workshop. See {@link #initialiseBenchmark(int, int, LocalDate,
     * LocalDate, Progress)} for the transactions.
     */
    public OrgUnit initialiseBenchmark(int hazards, LocalDate from, LocalDate to, Progress progress) {
        return initialiseBenchmark(hazards, 1, from, to, progress);
    }

    /**
     * As {@link #initialiseBenchmark(int, LocalDate, LocalDate, Progress)}, the hazards spread over
     * {@code workshops} workshops (two per plant). The setup is one transaction and the hazards follow
     * in transactions of {@value #BENCHMARK_SLICE} (a million in one would hold H2's whole undo log
     * in memory); a cancel or failure part-way leaves a partial ledger, which is thrown away anyway.
     * Returns the first workshop, {@code BenchmarkLedger.WORKSHOP_CODE}.
     */
    public OrgUnit initialiseBenchmark(int hazards, int workshops, LocalDate from, LocalDate to,
                                      Progress progress) {
        if (hazards < 0 || workshops < 1 || to.isBefore(from)) {
            throw new IllegalArgumentException("hazards >= 0, workshops >= 1, from <= to");
        }
        BenchmarkLedger.Setup setup = store.transact(s -> {
            requireNew(s.organisation().enterprise().isPresent());
            return BenchmarkLedger.setUp(s, session.actor(), hazards, workshops, from, to);
        });
        Map<YearMonth, Integer> numbered = new HashMap<>();
        for (int first = 0; first < hazards; first += BENCHMARK_SLICE) {
            int start = first;
            int end = Math.min(hazards, first + BENCHMARK_SLICE);
            store.transact(s -> {
                BenchmarkLedger.hazards(s, setup, start, end, numbered, progress);
                return null;
            });
        }
        store.transact(s -> {
            numbered.forEach((month, last) -> s.hazards().reserveNumbers(month, last));
            return null;
        });
        progress.update(hazards, hazards);
        return setup.workshops().get(0).unit();
    }

    /** Hazards per transaction of {@link #initialiseBenchmark(int, int, LocalDate, LocalDate, Progress)}. */
    private static final int BENCHMARK_SLICE = 50_000;

    private static void requireNew(boolean hasEnterprise) {
        if (hasEnterprise) {
            throw new DomainException("error.ledger.alreadyInitialised");
        }
    }
}
