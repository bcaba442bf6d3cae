package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A safety report (举报) as everyone may see it: the reporter appears only as {@code pseudonym}.
 * The identity itself is sealed to the union chair's key and is never part of this record.
 *
 * @param number     e.g. JB-2026-0007
 * @param unitId     the unit reported on, null when not known
 * @param sealed     true when an identity is sealed (false for anonymous reports)
 * @param hazardId   the hazard registered from this report, null until there is one
 */
public record SafetyReport(UUID id, int revision, String number, ReportChannel channel, LocalDate receivedOn,
                           UUID unitId, String summary, String pseudonym, boolean sealed, UUID hazardId,
                           String registeredBy) {
}
