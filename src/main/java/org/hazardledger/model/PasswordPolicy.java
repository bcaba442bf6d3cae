package org.hazardledger.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The least a password must be. Length matters most (NIST SP 800-63B); the other two rules refuse
 * the guesses tried first. The upper bound keeps one hash from costing arbitrary time.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** What is wrong with {@code password} for {@code loginName}, as errors of the field "password". */
    public static List<FieldError> check(String loginName, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(FieldError.of("password", "validation.required"));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(FieldError.of("password", "validation.password.tooShort", MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            errors.add(FieldError.of("password", "validation.tooLong", MAX_LENGTH));
        }
        if (loginName != null && password.strip().equalsIgnoreCase(loginName.strip())) {
            errors.add(FieldError.of("password", "validation.password.sameAsLogin"));
        }
        if (password.chars().allMatch(Character::isDigit)) {
            errors.add(FieldError.of("password", "validation.password.allDigits"));
        }
        return errors;
    }
}
