package org.hazardledger.model;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One attendee of a training session and the optional result: passed or not, and/or a score out
 * of 100. {@code name} is filled in when read; drafts may leave it null.
 */
public record TrainingAttendance(UUID personId, String name, Boolean passed, BigDecimal score) {

    public static final BigDecimal SCORE_MAX = new BigDecimal("100");

    /** An attendee without a result. */
    public static TrainingAttendance of(UUID personId) {
        return new TrainingAttendance(personId, null, null, null);
    }
}
