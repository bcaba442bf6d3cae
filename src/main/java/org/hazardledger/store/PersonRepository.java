package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.PERSON;
import static org.hazardledger.store.jooq.Tables.USER_ACCOUNT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Person;
import org.hazardledger.model.PersonEntry;
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
        insert(enterpriseId, new PersonEntry(p, 1, false, null, null));
    }

    public void insert(UUID enterpriseId, PersonEntry e) {
        Person p = e.person();
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
                .set(PERSON.UNION_MEMBER, e.unionMember())
                .set(PERSON.INSPECTOR_CERTIFICATE, e.certificateNo())
                .set(PERSON.APPOINTED_BY, e.appointedBy())
                .execute();
    }

    /**
     * Saves every field of {@code changed} if nobody changed the person since {@code seen} was read;
     * returns it with its new revision.
     */
    public PersonEntry update(PersonEntry seen, PersonEntry changed) {
        Person p = changed.person();
        int n = dsl.update(PERSON)
                .set(PERSON.REVISION, seen.revision() + 1)
                .set(PERSON.UPDATED_AT, OffsetDateTime.now(clock))
                .set(PERSON.CHANGE_SEQ, ChangeSequence.next(dsl))
                .set(PERSON.UNIT_ID, p.unitId())
                .set(PERSON.EMPLOYEE_NO, p.employeeNo())
                .set(PERSON.NAME, p.name())
                .set(PERSON.ROLE, p.role().name())
                .set(PERSON.PHONE, p.phone())
                .set(PERSON.RETIRED, p.retired())
                .set(PERSON.UNION_MEMBER, changed.unionMember())
                .set(PERSON.INSPECTOR_CERTIFICATE, changed.certificateNo())
                .set(PERSON.APPOINTED_BY, changed.appointedBy())
                // One statement: the revision check and the write together (optimistic locking).
                .where(PERSON.ID.eq(p.id()).and(PERSON.REVISION.eq(seen.revision())))
                .execute();
        if (n != 1) {
            throw new StaleRecordException("error.person.stale", seen.person().name());
        }
        return new PersonEntry(p, seen.revision() + 1, changed.unionMember(), changed.certificateNo(),
                changed.appointedBy());
    }

    /** Everyone with revision and union standing, retired people included, by employee number. */
    public List<PersonEntry> entries() {
        return dsl.selectFrom(PERSON).where(PERSON.DELETED.isFalse()).orderBy(PERSON.EMPLOYEE_NO)
                .fetch(PersonRepository::toEntry);
    }

    public Optional<PersonEntry> entry(UUID id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id).and(PERSON.DELETED.isFalse()))
                .fetchOptional(PersonRepository::toEntry);
    }

    /** By the enterprise and number together, so the lookup uses their unique index. */
    public Optional<Person> byEmployeeNo(UUID enterpriseId, String employeeNo) {
        return dsl.selectFrom(PERSON).where(PERSON.ENTERPRISE_ID.eq(enterpriseId)
                        .and(PERSON.EMPLOYEE_NO.eq(employeeNo)).and(PERSON.DELETED.isFalse()))
                .fetchOptional(PersonRepository::toPerson);
    }

    /** The numbers of open hazards that name the person as responsible (责任人) or acceptor (验收人). */
    public List<String> openHazardsNaming(UUID personId) {
        List<String> open = Arrays.stream(HazardStatus.values()).filter(HazardStatus::isOpen).map(Enum::name).toList();
        return dsl.select(HAZARD.NUMBER).from(HAZARD)
                .where(HAZARD.DELETED.isFalse().and(HAZARD.STATUS.in(open))
                        .and(HAZARD.RESPONSIBLE_ID.eq(personId).or(HAZARD.ACCEPTOR_ID.eq(personId))))
                .orderBy(HAZARD.NUMBER)
                .fetch(HAZARD.NUMBER);
    }

    /** The login names of accounts that are not disabled and belong to the person. */
    public List<String> activeAccountsOf(UUID personId) {
        return dsl.select(USER_ACCOUNT.LOGIN_NAME).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.PERSON_ID.eq(personId).and(USER_ACCOUNT.DISABLED.isFalse()))
                .orderBy(USER_ACCOUNT.LOGIN_NAME)
                .fetch(USER_ACCOUNT.LOGIN_NAME);
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

    private static PersonEntry toEntry(PersonRecord r) {
        return new PersonEntry(toPerson(r), r.getRevision(), r.getUnionMember(), r.getInspectorCertificate(),
                r.getAppointedBy());
    }
}
