package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.EvaluatorKind;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Industry;
import org.hazardledger.model.Lec;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Role;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.Tier;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.store.ExportedColumns;

/**
 * Checks one received record before anything is applied: per type, the required fields are there and
 * every known field has its form (UUIDs parse, dates are yyyy-MM-dd, enum fields name a constant of the
 * model's enum, text fits the column it came from, counts are whole numbers). Fields this version does
 * not know are allowed (a newer minor version of the format adds them). A failure is
 * {@code error.bundle.invalidRecord} (type, id, field, reason).
 */
public final class RecordValidator {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ITEM_CODE = Pattern.compile("[^:]{1,40}");

    private enum Form { TEXT, UUID, DATE, TIMESTAMP, DECIMAL, INT, LONG, BOOL, ENUM, UUID_LIST, ITEM_RESULTS, MONTH,
        SHA256, COUNT }

    private record Rule(String field, Form form, boolean required, int max, Class<? extends Enum<?>> enumType) {
    }

    private static final Map<RecordType, List<Rule>> RULES = new EnumMap<>(RecordType.class);

    static {
        Map<RecordType, Map<String, Class<? extends Enum<?>>>> enums = new EnumMap<>(RecordType.class);
        enums.put(RecordType.ENTERPRISE, Map.of("industryCode", Industry.class));
        enums.put(RecordType.ORG_UNIT, Map.of("tier", Tier.class));
        enums.put(RecordType.PERSON, Map.of("role", Role.class));
        enums.put(RecordType.HAZARD, Map.of("source", HazardSource.class, "hazardForm", HazardForm.class,
                "grade", Grade.class, "majorReason", MajorReason.class, "riskColour", RiskColour.class,
                "rectifyingTier", Tier.class, "status", HazardStatus.class, "signedOffTier", Tier.class));
        enums.put(RecordType.MAJOR_HAZARD_FILE, Map.of("evaluatorKind", EvaluatorKind.class));
        enums.put(RecordType.UNION_RECORD, Map.of("kind", UnionRecordKind.class, "issuerTier", Tier.class));
        enums.put(RecordType.INSPECTION_ROUND, Map.of("tier", Tier.class));
        enums.put(RecordType.RISK_POINT, Map.of("riskLevel", Lec.Level.class, "riskColour", RiskColour.class));
        enums.put(RecordType.ATTACHMENT, Map.of("kind", AttachmentKind.class, "ownerKind", AttachmentOwnerKind.class));
        for (RecordType type : ExportedColumns.tableTypes()) {
            Map<String, Class<? extends Enum<?>>> typeEnums = enums.getOrDefault(type, Map.of());
            List<Rule> rules = new ArrayList<>();
            for (ExportedColumns.Column c : ExportedColumns.columns(type)) {
                Class<? extends Enum<?>> enumType = typeEnums.get(c.name());
                rules.add(new Rule(c.name(), enumType != null ? Form.ENUM : formOf(c), c.required(), c.length(),
                        enumType));
            }
            RULES.put(type, rules);
        }
        RULES.get(RecordType.ATTACHMENT).replaceAll(r -> r.field().equals("sha256")
                ? new Rule(r.field(), Form.SHA256, true, 64, null)
                : r.field().equals("sizeBytes") ? new Rule(r.field(), Form.COUNT, true, 0, null) : r);
        RULES.get(RecordType.UNION_RECORD).add(new Rule(ExportedColumns.HAZARD_IDS, Form.UUID_LIST, false, 0, null));
        RULES.get(RecordType.INSPECTION_ROUND).addAll(List.of(
                new Rule(ExportedColumns.INSPECTOR_IDS, Form.UUID_LIST, false, 0, null),
                new Rule(ExportedColumns.ITEM_RESULTS, Form.ITEM_RESULTS, false, 0, null),
                new Rule(ExportedColumns.HAZARD_IDS, Form.UUID_LIST, false, 0, null)));
        RULES.put(RecordType.COMPLIANCE, List.of(
                new Rule("unitId", Form.UUID, true, 0, null),
                new Rule("tier", Form.ENUM, false, 0, Tier.class),
                new Rule("month", Form.MONTH, true, 0, null),
                new Rule("required", Form.COUNT, true, 0, null),
                new Rule("held", Form.COUNT, true, 0, null),
                new Rule("missed", Form.COUNT, true, 0, null),
                new Rule("due", Form.COUNT, false, 0, null)));
        List<Rule> campaign = new ArrayList<>(List.of(
                new Rule("period", Form.TEXT, true, 20, null),
                new Rule("from", Form.DATE, true, 0, null),
                new Rule("to", Form.DATE, true, 0, null),
                new Rule("asOf", Form.DATE, false, 0, null),
                new Rule("fundsSpent", Form.DECIMAL, false, 0, null),
                new Rule("rectificationRate", Form.DECIMAL, false, 0, null)));
        for (String count : DerivedRecords.CAMPAIGN_COUNTS) {
            campaign.add(new Rule(count, Form.COUNT, true, 0, null));
        }
        RULES.put(RecordType.CAMPAIGN_FIGURE, campaign);
        // written by the federation (FederationService); lenient on what it may add later
        RULES.put(RecordType.FEDERATION_NOTICE, List.of(
                new Rule("kind", Form.ENUM, true, 0, NoticeKind.class),
                new Rule("title", Form.TEXT, true, 200, null),
                new Rule("body", Form.TEXT, false, 4000, null),
                new Rule("enterpriseInstallation", Form.UUID, false, 0, null),
                new Rule("hazardId", Form.UUID, false, 0, null),
                new Rule("hazardNumber", Form.TEXT, false, 40, null),
                new Rule("documentNo", Form.TEXT, false, 100, null),
                new Rule("verified", Form.BOOL, false, 0, null),
                new Rule("issuedOn", Form.DATE, false, 0, null),
                new Rule("issuedBy", Form.TEXT, false, 140, null)));
        RULES.put(RecordType.BUNDLE_RECEIPT, List.of(
                new Rule("kind", Form.ENUM, true, 0, BundleKind.class),
                new Rule("changeFrom", Form.COUNT, true, 0, null),
                new Rule("changeTo", Form.COUNT, true, 0, null),
                new Rule("full", Form.BOOL, false, 0, null),
                new Rule("appliedAt", Form.TIMESTAMP, false, 0, null)));
    }

    private static Form formOf(ExportedColumns.Column c) {
        Class<?> t = c.javaType();
        if (t == String.class) {
            return Form.TEXT;
        } else if (t == UUID.class) {
            return Form.UUID;
        } else if (t == LocalDate.class) {
            return Form.DATE;
        } else if (t == OffsetDateTime.class) {
            return Form.TIMESTAMP;
        } else if (t == BigDecimal.class) {
            return Form.DECIMAL;
        } else if (t == Integer.class) {
            return Form.INT;
        } else if (t == Long.class) {
            return Form.LONG;
        } else if (t == Boolean.class) {
            return Form.BOOL;
        }
        throw new IllegalStateException("no rule for a column of " + t + ": " + c.name());
    }

    /** The names of the fields a record of {@code type} is checked for (for documentation and tests). */
    public static List<String> knownFields(RecordType type) {
        return RULES.getOrDefault(type, List.of()).stream().map(Rule::field).toList();
    }

    /**
     * @throws DomainException {@code error.bundle.invalidRecord} (type wire name, id, field, reason)
     */
    public void validate(TravellingRecord record) {
        if (record.revision() < 1) {
            throw invalid(record, "revision", "recordCheck.revision");
        }
        for (Rule rule : RULES.getOrDefault(record.type(), List.of())) {
            Object value = record.fields().get(rule.field());
            if (value == null) {
                if (rule.required()) {
                    throw invalid(record, rule.field(), "recordCheck.missing");
                }
                continue;
            }
            String reason = check(rule, value);
            if (reason != null) {
                throw invalid(record, rule.field(), reason);
            }
        }
    }

    /** Why {@code value} does not fit {@code rule}, or null when it does. */
    private static String check(Rule rule, Object value) {
        switch (rule.form()) {
            case BOOL:
                return value instanceof Boolean ? null : "recordCheck.bool";
            case INT:
                return value instanceof Long && (Long) value >= Integer.MIN_VALUE && (Long) value <= Integer.MAX_VALUE
                        ? null : "recordCheck.whole";
            case LONG:
                return value instanceof Long ? null : "recordCheck.whole";
            case COUNT:
                return value instanceof Long && (Long) value >= 0 ? null : "recordCheck.count";
            case UUID_LIST:
                if (!(value instanceof List)) {
                    return "recordCheck.list";
                }
                for (Object item : (List<?>) value) {
                    if (!uuid(item.toString())) {
                        return "recordCheck.uuidList";
                    }
                }
                return null;
            case ITEM_RESULTS:
                if (!(value instanceof List)) {
                    return "recordCheck.list";
                }
                for (Object item : (List<?>) value) {
                    String[] parts = item.toString().split(":", 3);
                    if (parts.length < 2 || !ITEM_CODE.matcher(parts[0]).matches()
                            || !(RoundAnswer.FAILED.name().equals(parts[1])
                            || RoundAnswer.NOT_APPLICABLE.name().equals(parts[1]))
                            || (parts.length == 3 && parts[2].length() > 500)) {
                        return "recordCheck.itemResults";
                    }
                }
                return null;
            default:
                break;
        }
        if (!(value instanceof String)) {
            return "recordCheck.text";
        }
        String text = (String) value;
        switch (rule.form()) {
            case TEXT:
                return rule.max() > 0 && text.length() > rule.max() ? "recordCheck.tooLong" : null;
            case UUID:
                return uuid(text) ? null : "recordCheck.uuid";
            case DATE:
                try {
                    LocalDate.parse(text);
                    return null;
                } catch (DateTimeParseException e) {
                    return "recordCheck.date";
                }
            case TIMESTAMP:
                try {
                    OffsetDateTime.parse(text);
                    return null;
                } catch (DateTimeParseException e) {
                    return "recordCheck.timestamp";
                }
            case MONTH:
                try {
                    if (MONTH.matcher(text).matches()) {
                        YearMonth.parse(text);
                        return null;
                    }
                } catch (DateTimeParseException e) {
                    // falls through
                }
                return "recordCheck.month";
            case DECIMAL:
                try {
                    if (text.length() <= 40 && !text.contains("e") && !text.contains("E")) {
                        new BigDecimal(text);
                        return null;
                    }
                } catch (NumberFormatException e) {
                    // falls through
                }
                return "recordCheck.decimal";
            case SHA256:
                return SHA256.matcher(text).matches() ? null : "recordCheck.sha256";
            case ENUM:
                for (Enum<?> constant : rule.enumType().getEnumConstants()) {
                    if (constant.name().equals(text)) {
                        return null;
                    }
                }
                return "recordCheck.enum";
            default:
                throw new IllegalStateException("unchecked form " + rule.form());
        }
    }

    private static boolean uuid(String text) {
        if (!CANONICAL_UUID.matcher(text).matches()) {
            return false;
        }
        UUID.fromString(text);
        return true;
    }

    private static DomainException invalid(TravellingRecord record, String field, String reason) {
        return new DomainException("error.bundle.invalidRecord", record.type().wireName(), record.id().toString(),
                field, reason);
    }
}
