package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Login names and the password policy name the field they refuse. */
class AccountRulesTest {

    @Test
    void loginNamesAreThreeToThirtyTwoPlainCharacters() {
        assertThat(LoginName.check("li.jianguo_2")).isEmpty();
        assertThat(LoginName.check("ab")).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("loginName", "validation.loginName.format"));
        assertThat(LoginName.check("a".repeat(33))).hasSize(1);
        assertThat(LoginName.check("李建国")).hasSize(1);
        assertThat(LoginName.check("has space")).hasSize(1);
        assertThat(LoginName.check(" ")).extracting(FieldError::messageKey).containsExactly("validation.required");
        assertThat(LoginName.normalise(" Admin ")).isEqualTo("admin");
    }

    @Test
    void passwordsAreLongNotTheLoginNameAndNotOnlyDigits() {
        assertThat(PasswordPolicy.check("clerk", "安全第一 2026")).isEmpty();
        assertThat(PasswordPolicy.check("clerk", "short")).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("password", "validation.password.tooShort"));
        assertThat(PasswordPolicy.check("zhangwei1", "ZhangWei1")).extracting(FieldError::messageKey)
                .containsExactly("validation.password.sameAsLogin");
        assertThat(PasswordPolicy.check("clerk", "12345678")).extracting(FieldError::messageKey)
                .containsExactly("validation.password.allDigits");
        assertThat(PasswordPolicy.check("clerk", null)).extracting(FieldError::messageKey)
                .containsExactly("validation.required");
        assertThat(PasswordPolicy.check("clerk", "x".repeat(129))).extracting(FieldError::messageKey)
                .containsExactly("validation.tooLong");
    }
}
