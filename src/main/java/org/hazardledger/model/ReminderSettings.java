package org.hazardledger.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How reminders count, configurable per ledger.
 *
 * @param escalationDays an overdue hazard goes one level up every this many days overdue
 * @param dueSoonDays    an open hazard is "due soon" when its deadline is at most this many days away
 */
public record ReminderSettings(int escalationDays, int dueSoonDays) {

    public static final int DEFAULT_DAYS = 3;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 90;
    public static final ReminderSettings DEFAULT = new ReminderSettings(DEFAULT_DAYS, DEFAULT_DAYS);

    /** Field names, shared with the settings form. */
    public static final String ESCALATION_DAYS = "escalationDays";
    public static final String DUE_SOON_DAYS = "dueSoonDays";

    /** Each number between {@link #MIN_DAYS} and {@link #MAX_DAYS}. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        check(errors, ESCALATION_DAYS, escalationDays);
        check(errors, DUE_SOON_DAYS, dueSoonDays);
        return errors;
    }

    private static void check(List<FieldError> errors, String field, int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            errors.add(FieldError.of(field, "validation.reminder.days", MIN_DAYS, MAX_DAYS));
        }
    }
}
