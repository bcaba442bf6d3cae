package org.hazardledger.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.TierArchive;
import org.hazardledger.service.Progress;

/**
 * Prints the 分级隐患档案 of one tier in one unit for a period: a cover with the summary counts, the
 * hazards found and handled, the rounds held and missed, and the signature block. An archive may hold
 * thousands of hazards, so the fill is virtualized (pages wait in a swap file) and its rows are made
 * one at a time from the archive's small records.
 */
final class ArchiveForms implements FormPrinter<FormRequest.Archive> {

    static final String TEMPLATE = "tier-archive";
    /** Verification subjects allow only these characters (see FormCode). */
    private static final String SUBJECT_UNSAFE = "[^A-Za-z0-9_.-]";
    private static final int SUBJECT_MAX = 64;

    private final FormSources sources;
    private final PdfForms forms;

    ArchiveForms(FormSources sources, PdfForms forms) {
        this.sources = sources;
        this.forms = forms;
    }

    @Override
    public PrintedForm print(FormRequest.Archive request, Progress progress) {
        progress.checkCancelled();
        List<OrgUnit> units = sources.organisation().units();
        OrgUnit unit = units.stream().filter(u -> u.id().equals(request.unitId())).findFirst()
                .orElseThrow(() -> new DomainException("error.report.archive.unitUnknown",
                        request.unitId().toString()));
        TierArchive archive = sources.archives().archive(request.tier(), request.unitId(), request.from(),
                request.to());
        progress.checkCancelled();
        String enterprise = sources.organisation().enterprise().map(Enterprise::name).orElse("");
        ArchiveData data = ArchiveData.of(archive, unitPath(unit, units), forms.chinese(), forms.dates());
        String subject = subject(unit.code(), request.from(), request.to());
        ArchiveRows rows = new ArchiveRows(archive, forms.chinese());
        FormSpec spec = FormSpec.of(FormKind.TIER_ARCHIVE, TEMPLATE, sources.code(subject, null))
                .title(forms.chinese().label(FormKind.TIER_ARCHIVE) + " " + unit.name() + " " + data.periodText())
                .enterprise(enterprise)
                .period(data.periodText())
                .parameters(data.parameters())
                .parameter("archiveNumber", subject)
                .rows(rows, rows.count())
                .virtualized();
        return forms.fill(spec, progress);
    }

    /** The verification subject: {@code DA-<unit code>-<yyyyMMdd>-<yyyyMMdd>}, ledger-wide. */
    static String subject(String unitCode, LocalDate from, LocalDate to) {
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        String tail = "-" + day.format(from) + "-" + day.format(to);
        String code = unitCode.replaceAll(SUBJECT_UNSAFE, "_");
        // a long unit code is shortened rather than refused: the dates must stay whole
        int room = SUBJECT_MAX - tail.length() - 3;
        return "DA-" + (code.length() > room ? code.substring(0, room) : code) + tail;
    }

    /** "一厂/合成车间": the unit's ancestors and itself, as the notice prints a place. */
    static String unitPath(OrgUnit unit, List<OrgUnit> units) {
        Map<UUID, OrgUnit> byId = units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        List<String> names = new ArrayList<>();
        for (OrgUnit u = unit; u != null && names.size() <= units.size(); u = u.parentId() == null ? null
                : byId.get(u.parentId())) {
            names.add(u.name());
        }
        Collections.reverse(names);
        return String.join("/", names);
    }
}
