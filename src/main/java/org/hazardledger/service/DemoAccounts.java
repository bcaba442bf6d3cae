package org.hazardledger.service;

import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * The demo's accounts, one per kind of user, all with one published password, so whoever tries the
 * demo can see the ledger as a clerk, a unit head, the principal or the union at each level. They
 * need not change the password: it is meant to stay known.
 */
final class DemoAccounts {

    /** The demo's one password; the login screen of a demo ledger shows it. */
    static final String PASSWORD = "Demo-2026";
    /** The ledger setting that marks a demo ledger: the demo's login names, comma-separated. */
    static final String SETTING = "demo.accounts";

    private DemoAccounts() {
    }

    /** Creates the accounts inside the demo's transaction; each gets its own salted hash. */
    static void create(StoreSession s, Actor actor, DemoOrganisation org, DemoPeople people, PasswordHasher hasher) {
        OrgUnit plant = org.all(Tier.PLANT).get(0);
        OrgUnit workshop = org.all(Tier.WORKSHOP).get(0);
        OrgUnit team = org.below(workshop, Tier.TEAM).get(0);
        List<String> logins = new ArrayList<>();
        add(s, actor, hasher, logins, "admin", "系统管理员", AccountRole.ADMIN, null, null);
        add(s, actor, hasher, logins, "anquan", null, AccountRole.CLERK, null,
                people.safetyOfficers(plant).get(0));
        add(s, actor, hasher, logins, "fuzeren", null, AccountRole.PRINCIPAL, null, people.principal());
        add(s, actor, hasher, logins, "zhuren", null, AccountRole.UNIT_HEAD, workshop, people.director(workshop));
        add(s, actor, hasher, logins, "banzhang", null, AccountRole.UNIT_HEAD, team, people.teamLeader(team));
        add(s, actor, hasher, logins, "gonghui", null, AccountRole.UNION_MEMBER, null,
                people.enterpriseUnionChair());
        add(s, actor, hasher, logins, "fenhui", null, AccountRole.UNION_MEMBER, workshop,
                people.workshopUnionChair(workshop));
        add(s, actor, hasher, logins, "xiaozu", null, AccountRole.UNION_MEMBER, team, people.unionGroupLeader(team));
        s.settings().put(SETTING, String.join(",", logins));
    }

    private static void add(StoreSession s, Actor actor, PasswordHasher hasher, List<String> logins, String login,
                            String displayName, AccountRole role, OrgUnit scope, Person person) {
        String name = displayName != null ? displayName : person.name();
        AccountService.insertWithin(s, new AccountService.NewAccount(login, name, PASSWORD, role,
                scope == null ? null : scope.id(), person == null ? null : person.id()),
                hasher.hash(PASSWORD), false, actor.name());
        logins.add(login);
    }
}
