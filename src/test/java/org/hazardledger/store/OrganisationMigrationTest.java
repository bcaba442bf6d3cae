package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.Role;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written before V5 opens with its union office holders as members of their union bodies. */
class OrganisationMigrationTest {

    @TempDir
    Path dir;

    /** Makes a ledger file look as a build before V5 wrote it. */
    static void undoVersionFive(Path dir) {
        UnionMigrationTest.undoVersionSix(dir); // later versions first: Flyway refuses a history with a gap
        LedgerSql.execute(dir, "DROP INDEX ix_hazard_responsible");
        LedgerSql.execute(dir, "DROP INDEX ix_hazard_acceptor");
        for (String column : new String[] {"union_member", "inspector_certificate", "appointed_by"}) {
            LedgerSql.execute(dir, "ALTER TABLE person DROP COLUMN " + column);
        }
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'"))
                .isEqualTo(1);
    }

    @Test
    void unionOfficeHoldersBecomeMembersAndOthersDoNot() {
        SmallEnterprise e;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            e = ledger.initialiseSmall();
            ledger.organisation.addPerson(e.team().id(), "E0004", "陈工会", Role.UNION_GROUP_LEADER);
        }
        undoVersionFive(dir);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            assertThat(reopened.organisation.peopleOf(e.team().id()))
                    .extracting(p -> p.person().name(), PersonEntry::unionMember, PersonEntry::certificateNo)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("李建国", false, null),
                            org.assertj.core.groups.Tuple.tuple("陈工会", true, null));
            assertThat(reopened.organisation.unionBody(e.post().id()).leader().person().name()).isEqualTo("陈工会");
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
