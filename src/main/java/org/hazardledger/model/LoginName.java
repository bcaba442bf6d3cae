package org.hazardledger.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Login-name rules: 3–32 ASCII letters, digits, dot, underscore or hyphen — typeable on any
 * keyboard and input method. Compared lower-case, so "Admin" and "admin" are one account.
 */
public final class LoginName {

    public static final int MIN = 3;
    public static final int MAX = 32;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

    private LoginName() {
    }

    /** The form stored and compared: stripped and lower-case; null stays null. */
    public static String normalise(String loginName) {
        return loginName == null ? null : loginName.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with {@code loginName}, as errors of the field "loginName"; empty when valid. */
    public static List<FieldError> check(String loginName) {
        String name = normalise(loginName);
        if (name == null || name.isEmpty()) {
            return List.of(FieldError.of("loginName", "validation.required"));
        }
        if (name.length() < MIN || name.length() > MAX || !ALLOWED.matcher(name).matches()) {
            return List.of(FieldError.of("loginName", "validation.loginName.format", MIN, MAX));
        }
        return List.of();
    }
}
