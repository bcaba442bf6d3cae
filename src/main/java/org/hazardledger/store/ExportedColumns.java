package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.ATTACHMENT;
import static org.hazardledger.store.jooq.Tables.ENTERPRISE;
import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.INSPECTION_ROUND;
import static org.hazardledger.store.jooq.Tables.MAJOR_HAZARD_FILE;
import static org.hazardledger.store.jooq.Tables.ORG_UNIT;
import static org.hazardledger.store.jooq.Tables.PERSON;
import static org.hazardledger.store.jooq.Tables.RISK_POINT;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.RecordType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The one allow-list of what leaves this ledger in a records bundle: per record type, the table and
 * the columns that travel (besides id, revision, change_seq, updated_at and deleted, which every
 * travelling row has). A column not named here is never selected for an export, so a column added
 * later (a sealed reporter identity, a phone number) stays home unless someone adds it here on
 * purpose. Field names are the columns' names in camelCase (found_on → foundOn).
 *
 * <p>Left out on purpose: {@code person.phone} (contact details) and {@code person.employee_no}
 * (the bundle format names people by name, role and unit). Withheld by value: a hazard's
 * {@code finder_id} when the report is anonymous ({@link #withheld}).
 */
public final class ExportedColumns {

    /** The list fields a type carries besides its columns (from its child tables). */
    public static final String HAZARD_IDS = "hazardIds";
    /** Inspection rounds: the second and later inspectors, in the order entered. */
    public static final String INSPECTOR_IDS = "inspectorIds";
    /** Inspection rounds: the answers that are not OK, each "itemCode:ANSWER" or "itemCode:ANSWER:note". */
    public static final String ITEM_RESULTS = "itemResults";

    /** One exported field as a validator needs to know it. */
    public record Column(String name, Class<?> javaType, int length, boolean required) {
    }

    record Spec(Table<?> table, List<Field<?>> columns, List<String> lists) {

        Field<UUID> id() {
            return table.field("ID", UUID.class);
        }

        Field<Integer> revision() {
            return table.field("REVISION", Integer.class);
        }

        Field<Long> changeSeq() {
            return table.field("CHANGE_SEQ", Long.class);
        }

        Field<java.time.OffsetDateTime> updatedAt() {
            return table.field("UPDATED_AT", java.time.OffsetDateTime.class);
        }

        Field<Boolean> deleted() {
            return table.field("DELETED", Boolean.class);
        }
    }

    private static final Map<RecordType, Spec> SPECS = new EnumMap<>(RecordType.class);

    /**
     * Columns put on the allow-list after format 1.0, as "type.field" (e.g. "hazard.sealedPseudonym"):
     * never required of a received record even when NOT NULL here, since a sender on an older minor
     * version does not write them. Add every column you add to the allow-list here too.
     */
    private static final Set<String> ADDED_AFTER_1_0 = Set.of();

    static {
        SPECS.put(RecordType.ENTERPRISE, spec(ENTERPRISE, List.of(), ENTERPRISE.NAME, ENTERPRISE.SHORT_NAME,
                ENTERPRISE.INDUSTRY_CODE, ENTERPRISE.CREDIT_CODE));
        SPECS.put(RecordType.ORG_UNIT, spec(ORG_UNIT, List.of(), ORG_UNIT.ENTERPRISE_ID, ORG_UNIT.PARENT_ID,
                ORG_UNIT.TIER, ORG_UNIT.CODE, ORG_UNIT.NAME, ORG_UNIT.RETIRED));
        // no phone, no employee number: name, role and unit only (docs/bundle-format.md)
        SPECS.put(RecordType.PERSON, spec(PERSON, List.of(), PERSON.ENTERPRISE_ID, PERSON.UNIT_ID, PERSON.NAME,
                PERSON.ROLE, PERSON.RETIRED, PERSON.UNION_MEMBER, PERSON.INSPECTOR_CERTIFICATE,
                PERSON.APPOINTED_BY));
        SPECS.put(RecordType.HAZARD, spec(HAZARD, List.of(),
                HAZARD.CREATED_AT, HAZARD.ENTERPRISE_ID, HAZARD.NUMBER,
                // registration
                HAZARD.UNIT_ID, HAZARD.PLACE, HAZARD.FOUND_ON, HAZARD.FINDER_ID, HAZARD.ANONYMOUS, HAZARD.SOURCE,
                HAZARD.CATEGORY, HAZARD.HAZARD_FORM, HAZARD.DESCRIPTION,
                // grading
                HAZARD.GRADE, HAZARD.SUB_GRADE, HAZARD.MAJOR_REASON, HAZARD.RISK_COLOUR, HAZARD.RECTIFYING_TIER,
                HAZARD.STATUS, HAZARD.RISK_POINT_ID, HAZARD.MAJOR_CRITERION_CODE, HAZARD.MAJOR_CRITERION_VERSION,
                HAZARD.MAJOR_CRITERION_OTHER_REASON,
                // the 五定 and the plan
                HAZARD.MEASURES, HAZARD.INTERIM_SAFEGUARDS, HAZARD.RESPONSIBLE_ID, HAZARD.DEADLINE, HAZARD.FUNDS,
                HAZARD.ACCEPTANCE_STANDARD, HAZARD.ACCEPTOR_ID, HAZARD.RECTIFICATION_PLAN, HAZARD.PLAN_APPROVED_ON,
                HAZARD.PLAN_APPROVED_BY, HAZARD.ESCALATION_REASON,
                // outcome, acceptance, sign-off, closure, recheck
                HAZARD.RECTIFIED_ON, HAZARD.EVIDENCE, HAZARD.ACCEPTANCE_RESULT, HAZARD.ACCEPTED_ON,
                HAZARD.ACCEPTED_BY, HAZARD.ACCEPTANCE_REJECTION, HAZARD.SIGNED_OFF_ON, HAZARD.SIGNED_OFF_BY,
                HAZARD.SIGNED_OFF_TIER, HAZARD.SIGN_OFF_NOTE, HAZARD.CLOSED_ON, HAZARD.CLOSED_BY,
                HAZARD.RECHECKER_ID, HAZARD.RECHECKED_ON, HAZARD.RECHECK_RESULT, HAZARD.DISPOSITION_REASON,
                HAZARD.MERGED_INTO, HAZARD.REOPEN_COUNT));
        SPECS.put(RecordType.MAJOR_HAZARD_FILE, spec(MAJOR_HAZARD_FILE, List.of(),
                MAJOR_HAZARD_FILE.CREATED_AT, MAJOR_HAZARD_FILE.HAZARD_ID,
                MAJOR_HAZARD_FILE.PRESENT_STATE_AND_CAUSE, MAJOR_HAZARD_FILE.HARM_AND_DIFFICULTY,
                MAJOR_HAZARD_FILE.PLAN_SUMMARY, MAJOR_HAZARD_FILE.GOAL_AND_TASKS,
                MAJOR_HAZARD_FILE.METHODS_AND_MEASURES, MAJOR_HAZARD_FILE.FUNDS_AND_MATERIALS,
                MAJOR_HAZARD_FILE.ORGANISATION_AND_RESPONSIBLE, MAJOR_HAZARD_FILE.TIME_LIMIT_AND_REQUIREMENTS,
                MAJOR_HAZARD_FILE.SAFETY_AND_EMERGENCY, MAJOR_HAZARD_FILE.WARNING_SIGNS,
                MAJOR_HAZARD_FILE.PEOPLE_WITHDRAWN, MAJOR_HAZARD_FILE.USE_STOPPED, MAJOR_HAZARD_FILE.SAFEGUARDS_NOTE,
                MAJOR_HAZARD_FILE.REPORTED_ON, MAJOR_HAZARD_FILE.DEPARTMENT, MAJOR_HAZARD_FILE.REPORT_DOCUMENT,
                MAJOR_HAZARD_FILE.LISTED_ON, MAJOR_HAZARD_FILE.LISTED_BY, MAJOR_HAZARD_FILE.LISTING_DOCUMENT,
                MAJOR_HAZARD_FILE.EVALUATED_ON, MAJOR_HAZARD_FILE.EVALUATOR_KIND, MAJOR_HAZARD_FILE.EVALUATOR_NAME,
                MAJOR_HAZARD_FILE.EVALUATION_CONCLUSION, MAJOR_HAZARD_FILE.RESUMPTION_REQUESTED_ON,
                MAJOR_HAZARD_FILE.RESUMPTION_DELIVERED_ON, MAJOR_HAZARD_FILE.RESUMPTION_SUBMITTED_BY,
                MAJOR_HAZARD_FILE.REVIEWED_ON, MAJOR_HAZARD_FILE.REVIEWER, MAJOR_HAZARD_FILE.REVIEW_PASSED,
                MAJOR_HAZARD_FILE.REVIEW_NOTE, MAJOR_HAZARD_FILE.STRUCK_OFF_ON, MAJOR_HAZARD_FILE.STRUCK_OFF_BY));
        SPECS.put(RecordType.UNION_RECORD, spec(UNION_RECORD, List.of(HAZARD_IDS),
                UNION_RECORD.CREATED_AT, UNION_RECORD.NUMBER, UNION_RECORD.KIND, UNION_RECORD.ISSUER_TIER,
                UNION_RECORD.ISSUER_UNIT_ID, UNION_RECORD.ISSUED_BY, UNION_RECORD.ISSUED_ON,
                UNION_RECORD.DELIVERED_ON, UNION_RECORD.FINDINGS, UNION_RECORD.RECOMMENDATION,
                UNION_RECORD.REPLY_DAYS, UNION_RECORD.ANSWER, UNION_RECORD.ANSWERED_ON, UNION_RECORD.ANSWERED_BY));
        SPECS.put(RecordType.INSPECTION_ROUND, spec(INSPECTION_ROUND, List.of(INSPECTOR_IDS, ITEM_RESULTS, HAZARD_IDS),
                INSPECTION_ROUND.CREATED_AT, INSPECTION_ROUND.UNIT_ID, INSPECTION_ROUND.TIER,
                INSPECTION_ROUND.HELD_ON, INSPECTION_ROUND.INSPECTOR_ID, INSPECTION_ROUND.CHECKLIST_CODE,
                INSPECTION_ROUND.CHECKLIST_VERSION, INSPECTION_ROUND.ITEM_COUNT, INSPECTION_ROUND.FAILED_COUNT,
                INSPECTION_ROUND.NOTE, INSPECTION_ROUND.RECORDED_BY));
        SPECS.put(RecordType.RISK_POINT, spec(RISK_POINT, List.of(),
                RISK_POINT.CREATED_AT, RISK_POINT.UNIT_ID, RISK_POINT.NAME, RISK_POINT.LOCATION,
                RISK_POINT.HAZARD_FACTORS, RISK_POINT.LEC_L, RISK_POINT.LEC_E, RISK_POINT.LEC_C, RISK_POINT.LEC_D,
                RISK_POINT.RISK_LEVEL, RISK_POINT.RISK_COLOUR, RISK_POINT.CONTROL_MEASURES, RISK_POINT.RESPONSIBLE_ID,
                RISK_POINT.RETIRED));
        SPECS.put(RecordType.ATTACHMENT, spec(ATTACHMENT, List.of(),
                ATTACHMENT.SHA256, ATTACHMENT.SIZE_BYTES, ATTACHMENT.MEDIA_TYPE, ATTACHMENT.FILE_NAME, ATTACHMENT.KIND,
                ATTACHMENT.OWNER_KIND, ATTACHMENT.OWNER_ID, ATTACHMENT.ADDED_AT, ATTACHMENT.ADDED_BY));
    }

    private ExportedColumns() {
    }

    private static Spec spec(Table<?> table, List<String> lists, Field<?>... columns) {
        return new Spec(table, List.of(columns), lists);
    }

    /** The record types read from a table of this ledger, in {@link RecordType} order. */
    public static List<RecordType> tableTypes() {
        return List.copyOf(SPECS.keySet());
    }

    static Optional<Spec> spec(RecordType type) {
        return Optional.ofNullable(SPECS.get(type));
    }

    /** Every field a record of {@code type} read from a table carries, in order (empty for other types). */
    public static List<String> fieldNames(RecordType type) {
        Spec spec = SPECS.get(type);
        if (spec == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        spec.columns().forEach(c -> names.add(camel(c.getName())));
        names.addAll(spec.lists());
        return Collections.unmodifiableList(names);
    }

    /** The exported columns of {@code type} with their type, length and whether the column is NOT NULL. */
    public static List<Column> columns(RecordType type) {
        Spec spec = SPECS.get(type);
        if (spec == null) {
            return List.of();
        }
        List<Column> out = new ArrayList<>();
        for (Field<?> c : spec.columns()) {
            String name = camel(c.getName());
            out.add(new Column(name, c.getType(), c.getDataType().hasLength() ? c.getDataType().length() : 0,
                    !c.getDataType().nullable() && !ADDED_AFTER_1_0.contains(type.wireName() + "." + name)));
        }
        return out;
    }

    /**
     * Whether the value of {@code field} in {@code row} must not leave the ledger although its column is
     * exported: the finder of an anonymous report.
     */
    static boolean withheld(RecordType type, Field<?> field, Record row) {
        return type == RecordType.HAZARD && field.equals(HAZARD.FINDER_ID)
                && !Boolean.FALSE.equals(row.get(HAZARD.ANONYMOUS));
    }

    /** found_on → foundOn. */
    static String camel(String column) {
        String lower = column.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean up = false;
        for (char c : lower.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }
}
