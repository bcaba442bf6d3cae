package org.hazardledger.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.service.Progress;

/** The 巡查记录 of one inspection round: who checked what, every checklist item's answer, and its hazards. */
final class RoundRecordForms implements FormPrinter<FormRequest.RoundRecord> {

    static final String TEMPLATE = "round-record";
    private static final DateTimeFormatter SUBJECT_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final FormSources sources;
    private final PdfForms forms;

    RoundRecordForms(FormSources sources, PdfForms forms) {
        this.sources = sources;
        this.forms = forms;
    }

    @Override
    public PrintedForm print(FormRequest.RoundRecord request, Progress progress) {
        // error.round.notFound for an unknown id
        InspectionRound round = sources.rounds().round(request.roundId());
        progress.checkCancelled();
        Map<UUID, OrgUnit> units = sources.organisation().units().stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        OrgUnit unit = units.get(round.unitId());
        Map<UUID, String> names = sources.organisation().people().stream()
                .collect(Collectors.toMap(Person::id, Person::name));
        List<String> inspectors = round.inspectorIds().stream().map(names::get).filter(Objects::nonNull).toList();
        String checklistName = sources.rounds().checklists().stream()
                .filter(c -> c.code().equals(round.checklistCode())).map(Checklist::name).findFirst().orElse(null);
        List<String> hazards = new ArrayList<>();
        for (UUID id : round.hazardIds()) {
            sources.hazards().details(id).ifPresent(d -> hazards.add(d.hazard().number().toString()));
        }
        hazards.sort(null);
        RoundRecordData data = RoundRecordData.of(round, path(unit, units), unit == null ? null : unit.code(),
                inspectors, checklistName, hazards, forms.chinese(), forms.dates());
        String enterprise = sources.organisation().enterprise().map(Enterprise::name).orElse(null);
        String subject = subject(round, unit);
        FormSpec spec = FormSpec.of(FormKind.ROUND_RECORD, TEMPLATE, sources.code(subject, round.id()))
                .title(forms.chinese().label(FormKind.ROUND_RECORD) + " " + subject)
                .enterprise(enterprise)
                .period(data.heldOn())
                .parameters(data.parameters())
                .parameter("recordNumber", subject)
                .rows(new JRMapCollectionDataSource(new ArrayList<>(data.items())), data.items().size());
        return forms.fill(spec, progress);
    }

    /**
     * XJ-yyyyMMdd-UNITCODE: what the verification code names. A code character the form code does
     * not allow (it must stay typeable) becomes an underscore.
     */
    static String subject(InspectionRound round, OrgUnit unit) {
        String code = unit == null ? "UNIT" : unit.code().replaceAll("[^A-Za-z0-9_.-]", "_");
        String subject = "XJ-" + SUBJECT_DAY.format(round.heldOn()) + "-" + code;
        return subject.length() <= 64 ? subject : subject.substring(0, 64);
    }

    /** "一厂 / 合成车间 / 甲班": the names from the plant down, as the hazard forms print a unit. */
    private static String path(OrgUnit unit, Map<UUID, OrgUnit> units) {
        List<String> names = new ArrayList<>();
        for (OrgUnit u = unit; u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
            names.add(0, u.name());
        }
        return String.join(" / ", names);
    }
}
