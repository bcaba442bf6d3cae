package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Argon2id hashes as PHC strings: format, salt, verification, cost upgrades. */
class PasswordHasherTest {

    private final PasswordHasher cheap = new PasswordHasher(new Argon2Cost(64, 1, 1));

    @Test
    void aHashIsAPhcStringThatVerifiesItsPassword() {
        String phc = cheap.hash("correct horse 电池");
        assertThat(phc).matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(Base64.getDecoder().decode(phc.split("\\$")[4])).hasSize(16);
        assertThat(cheap.verify("correct horse 电池", phc)).isTrue();
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        String a = cheap.hash("same password");
        String b = cheap.hash("same password");
        assertThat(a).isNotEqualTo(b);
        assertThat(a.split("\\$")[4]).isNotEqualTo(b.split("\\$")[4]);
        assertThat(cheap.verify("same password", a)).isTrue();
        assertThat(cheap.verify("same password", b)).isTrue();
    }

    @Test
    void aWrongPasswordOrAForeignStringFails() {
        String phc = cheap.hash("secret-one");
        assertThat(cheap.verify("secret-two", phc)).isFalse();
        assertThat(cheap.verify("secret-one", phc.replace("argon2id", "argon2i"))).isFalse();
        assertThat(cheap.verify("secret-one", "not a hash")).isFalse();
        assertThat(cheap.verify("secret-one", null)).isFalse();
    }

    @Test
    void theStoredCostIsUsedAndALowerOneAsksForARehash() {
        PasswordHasher stronger = new PasswordHasher(new Argon2Cost(128, 2, 1));
        String old = cheap.hash("long enough");
        assertThat(stronger.verify("long enough", old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(cheap.needsRehash(old)).isFalse();
        assertThat(new PasswordHasher().needsRehash(stronger.hash("x"))).isTrue();
    }
}
