package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.PasswordPolicy;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's accounts: one per kind of user, each tied to the right person and unit, one known password. */
class DemoAccountsTest {

    @TempDir
    static Path dir;

    private static LedgerFixture ledger;

    @BeforeAll
    static void loadTheDemo() {
        ledger = new LedgerFixture(dir.resolve("demo"));
        ledger.setup.initialiseDemo(Progress.NONE);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void everyDemoLoginSignsInWithThePublishedPassword() {
        assertThat(PasswordPolicy.check("admin", DemoAccounts.PASSWORD)).isEmpty();
        AccountService.DemoSignIn demo = ledger.accounts.demoSignIn().orElseThrow();
        assertThat(demo.password()).isEqualTo("Demo-2026");
        assertThat(demo.loginNames()).containsExactly("admin", "anquan", "fuzeren", "zhuren", "banzhang", "gonghui",
                "fenhui", "xiaozu");
        for (String login : demo.loginNames()) {
            Account a = ledger.accounts.authenticate(login, "Demo-2026");
            assertThat(a.mustChangePassword()).as(login).isFalse();
            assertThat(a.disabled()).as(login).isFalse();
        }
        assertThat(ledger.accounts.all()).hasSize(demo.loginNames().size());
    }

    @Test
    void eachAccountBelongsToThePersonWhoDoesThatJob() {
        Map<String, Account> byLogin = ledger.accounts.all().stream()
                .collect(Collectors.toMap(Account::loginName, Function.identity()));
        Map<UUID, Person> people = ledger.organisation.people().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<UUID, OrgUnit> units = ledger.organisation.units().stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));

        expect(byLogin.get("admin"), AccountRole.ADMIN, null, null, people, units);
        expect(byLogin.get("anquan"), AccountRole.CLERK, null, Role.SAFETY_OFFICER, people, units);
        expect(byLogin.get("fuzeren"), AccountRole.PRINCIPAL, null, Role.PRINCIPAL, people, units);
        expect(byLogin.get("zhuren"), AccountRole.UNIT_HEAD, Tier.WORKSHOP, Role.WORKSHOP_DIRECTOR, people, units);
        expect(byLogin.get("banzhang"), AccountRole.UNIT_HEAD, Tier.TEAM, Role.TEAM_LEADER, people, units);
        expect(byLogin.get("gonghui"), AccountRole.UNION_MEMBER, null, Role.ENTERPRISE_UNION_CHAIR, people, units);
        expect(byLogin.get("fenhui"), AccountRole.UNION_MEMBER, Tier.WORKSHOP, Role.WORKSHOP_UNION_CHAIR, people,
                units);
        expect(byLogin.get("xiaozu"), AccountRole.UNION_MEMBER, Tier.TEAM, Role.UNION_GROUP_LEADER, people, units);

        // One workshop and one of its teams: the unit heads and union officers answer for the same units.
        OrgUnit workshop = units.get(byLogin.get("zhuren").scopeUnitId());
        OrgUnit team = units.get(byLogin.get("banzhang").scopeUnitId());
        assertThat(team.parentId()).isEqualTo(workshop.id());
        assertThat(byLogin.get("fenhui").scopeUnitId()).isEqualTo(workshop.id());
        assertThat(byLogin.get("xiaozu").scopeUnitId()).isEqualTo(team.id());
        assertThat(people.get(byLogin.get("zhuren").personId()).unitId()).isEqualTo(workshop.id());
        assertThat(people.get(byLogin.get("banzhang").personId()).unitId()).isEqualTo(team.id());
        assertThat(byLogin.get("zhuren").displayName()).isEqualTo(people.get(byLogin.get("zhuren").personId()).name());
    }

    @Test
    void aLedgerSetUpEmptyShowsNoDemoLogins(@TempDir Path other) {
        try (LedgerFixture empty = new LedgerFixture(other)) {
            empty.initialiseSmall();
            assertThat(empty.accounts.demoSignIn()).isEmpty();
            assertThat(empty.accounts.hasAnyAccount()).isFalse();
        }
    }

    private static void expect(Account a, AccountRole role, Tier scopeTier, Role personRole, Map<UUID, Person> people,
                               Map<UUID, OrgUnit> units) {
        assertThat(a.role()).as(a.loginName()).isEqualTo(role);
        if (scopeTier == null) {
            assertThat(a.scopeUnitId()).as(a.loginName()).isNull();
        } else {
            assertThat(units.get(a.scopeUnitId()).tier()).as(a.loginName()).isEqualTo(scopeTier);
        }
        if (personRole == null) {
            assertThat(a.personId()).as(a.loginName()).isNull();
        } else {
            assertThat(people.get(a.personId()).role()).as(a.loginName()).isEqualTo(personRole);
        }
    }
}
