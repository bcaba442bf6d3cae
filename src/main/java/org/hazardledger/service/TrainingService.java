package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hazardledger.model.DrillDraft;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.FindingHazard;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.TrainingDraft;
import org.hazardledger.model.TrainingHistory;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.store.Store;

/** Safety training sessions and emergency drills (培训、演练): attendees, a person’s history, drill findings that become hazards. Each public method is one transaction. */
public final class TrainingService {

    private final Store store;
    private final UserSession session;

    public TrainingService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Records a training session as the signed-in user; a ValidationException names each field refused. */
    public TrainingSession record(TrainingDraft draft) {
        return store.transact(s -> TrainingOperations.record(s, session.actor(), draft));
    }

    /** Records an emergency drill with its participants and findings. */
    public EmergencyDrill record(DrillDraft draft) {
        return store.transact(s -> TrainingOperations.record(s, session.actor(), draft));
    }

    /** Registers a drill finding as a hazard and links it; the hazard register’s own checks apply. */
    public Hazard findingToHazard(UUID findingId, FindingHazard details) {
        return store.transact(s -> TrainingOperations.findingToHazard(s, session.actor(), findingId, details));
    }

    /** The sessions held between the two days (both included, null = open), newest first. */
    public List<TrainingSession> sessions(LocalDate from, LocalDate to) {
        return store.transact(s -> s.training().sessions(from, to));
    }

    /** The drills held between the two days (both included, null = open), newest first. */
    public List<EmergencyDrill> drills(LocalDate from, LocalDate to) {
        return store.transact(s -> s.training().drills(from, to));
    }

    /** A person’s sessions and drills between the two days (both included, null = open), with the hours. */
    public TrainingHistory history(UUID personId, LocalDate from, LocalDate to) {
        return store.transact(s -> TrainingOperations.history(s, personId, from, to));
    }

    /** Whether the signed-in user may record sessions and drills. */
    public boolean canRecord() {
        return session.actor().role() != null;
    }
}
