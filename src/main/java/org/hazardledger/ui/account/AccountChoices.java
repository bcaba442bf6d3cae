package org.hazardledger.ui.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.UnitOption;

/** What an account form offers: the roles, the units (or the whole enterprise) and the people (or nobody). */
record AccountChoices(List<Choice<AccountRole>> roles, List<Choice<UUID>> units, List<Choice<UUID>> people,
                      Map<UUID, String> unitPaths) {

    static AccountChoices of(Messages m, List<OrgUnit> units, List<Person> people) {
        List<Choice<AccountRole>> roles = Arrays.stream(AccountRole.values())
                .map(r -> new Choice<>(r, m.label(r))).toList();
        List<UnitOption> options = UnitOption.fromUnits(units);
        List<Choice<UUID>> unitChoices = new ArrayList<>();
        unitChoices.add(new Choice<>(null, m.get("account.scope.enterprise")));
        options.forEach(o -> unitChoices.add(new Choice<>(o.id(), o.path())));
        List<Choice<UUID>> personChoices = new ArrayList<>();
        personChoices.add(new Choice<>(null, m.get("account.person.none")));
        people.stream().sorted(Comparator.comparing(Person::employeeNo))
                .forEach(p -> personChoices.add(new Choice<>(p.id(), p.name() + "（" + p.employeeNo() + "）")));
        Map<UUID, String> paths = options.stream().collect(Collectors.toMap(UnitOption::id, UnitOption::path));
        return new AccountChoices(roles, List.copyOf(unitChoices), List.copyOf(personChoices), paths);
    }

    static AccountChoices empty() {
        return new AccountChoices(List.of(), List.of(), List.of(), Map.of());
    }

    /** The choice whose value is {@code value} (the "none" one for null). */
    static <T> Choice<T> find(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }
}
