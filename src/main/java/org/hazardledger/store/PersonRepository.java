package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.PERSON;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.store.jooq.tables.records.PersonRecord;
import org.jooq.DSLContext;

/** The enterprise's people. */
public final class PersonRepository {

    private final DSLContext dsl;
    private final Clock clock;

    PersonRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void insert(UUID enterpriseId, Person p) {
        dsl.insertInto(PERSON)
                .set(PERSON.ID, p.id())
                .set(PERSON.UPDATED_AT, OffsetDateTime.now(clock))
                .set(PERSON.CHANGE_SEQ, ChangeSequence.next(dsl))
                .set(PERSON.ENTERPRISE_ID, enterpriseId)
                .set(PERSON.UNIT_ID, p.unitId())
                .set(PERSON.EMPLOYEE_NO, p.employeeNo())
                .set(PERSON.NAME, p.name())
                .set(PERSON.ROLE, p.role().name())
                .set(PERSON.PHONE, p.phone())
                .set(PERSON.RETIRED, p.retired())
                .execute();
    }

    public List<Person> all() {
        return dsl.selectFrom(PERSON).where(PERSON.DELETED.isFalse()).orderBy(PERSON.EMPLOYEE_NO)
                .fetch(PersonRepository::toPerson);
    }

    public Optional<Person> byId(UUID id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id).and(PERSON.DELETED.isFalse()))
                .fetchOptional(PersonRepository::toPerson);
    }

    public int count() {
        return dsl.fetchCount(PERSON, PERSON.DELETED.isFalse());
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getUnitId(), r.getEmployeeNo(), r.getName(), Role.valueOf(r.getRole()),
                r.getPhone(), r.getRetired());
    }
}
