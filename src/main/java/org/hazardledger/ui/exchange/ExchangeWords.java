package org.hazardledger.ui.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.RecordType;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Failures;

/** How the 数据交换 page words what it shows: times, counts, sizes, kinds, record types, keys, failures. */
final class ExchangeWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Messages messages;
    private final Clock clock;

    ExchangeWords(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    KeyRow keyRow(ExchangeKeyEntry e) {
        return new KeyRow(e, e.name(), messages.label(e.role()), e.fingerprint().grouped(),
                messages.get(e.isTrusted() ? "exchange.key.trustedYes" : "exchange.key.trustedNo"),
                e.isRetired() ? messages.get("exchange.key.retiredOn", day(e.retiredAt())) : "");
    }

    /** A failure in the user’s words; a file that cannot be read or written says so. */
    String failure(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (e instanceof IOException io) {
            return messages.get("exchange.error.file", String.valueOf(io.getMessage()));
        }
        return Failures.describe(messages, failure);
    }

    String kind(BundleKind kind) {
        switch (kind) {
            case RECORDS:
                return messages.get("exchange.kind.RECORDS");
            case FEEDBACK:
                return messages.get("exchange.kind.FEEDBACK");
            default:
                return messages.get("exchange.kind.ACKNOWLEDGEMENT");
        }
    }

    /** "隐患 12、人员 3": what a bundle holds, by record type. */
    String counts(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return messages.get("exchange.counts.none");
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((wire, n) -> parts.add(messages.get("exchange.counts.one",
                RecordType.fromWire(wire).map(t -> recordType(messages, t)).orElse(wire), n)));
        return String.join(messages.get("exchange.counts.separator"), parts);
    }

    String size(long bytes) {
        if (bytes < 1024) {
            return messages.get("exchange.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return messages.get("exchange.size.kb", String.format(Locale.ROOT, "%.1f", bytes / 1024.0));
        }
        return messages.get("exchange.size.mb", String.format(Locale.ROOT, "%.1f", bytes / 1048576.0));
    }

    String when(OffsetDateTime t) {
        return t.atZoneSameInstant(clock.getZone()).format(WHEN);
    }

    String day(OffsetDateTime t) {
        return t.atZoneSameInstant(clock.getZone()).format(DAY);
    }

    static String recordType(Messages m, RecordType type) {
        switch (type) {
            case ENTERPRISE:
                return m.get("exchange.recordType.ENTERPRISE");
            case ORG_UNIT:
                return m.get("exchange.recordType.ORG_UNIT");
            case PERSON:
                return m.get("exchange.recordType.PERSON");
            case HAZARD:
                return m.get("exchange.recordType.HAZARD");
            case MAJOR_HAZARD_FILE:
                return m.get("exchange.recordType.MAJOR_HAZARD_FILE");
            case UNION_RECORD:
                return m.get("exchange.recordType.UNION_RECORD");
            case INSPECTION_ROUND:
                return m.get("exchange.recordType.INSPECTION_ROUND");
            case COMPLIANCE:
                return m.get("exchange.recordType.COMPLIANCE");
            case RISK_POINT:
                return m.get("exchange.recordType.RISK_POINT");
            case ATTACHMENT:
                return m.get("exchange.recordType.ATTACHMENT");
            case CAMPAIGN_FIGURE:
                return m.get("exchange.recordType.CAMPAIGN_FIGURE");
            case FEDERATION_NOTICE:
                return m.get("exchange.recordType.FEDERATION_NOTICE");
            default:
                return m.get("exchange.recordType.BUNDLE_RECEIPT");
        }
    }
}
