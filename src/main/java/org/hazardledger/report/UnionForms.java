package org.hazardledger.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.Registration;
import org.hazardledger.model.UnionBody;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;

/**
 * The union's written voice on hazards as handed to the enterprise: the rectification proposal
 * (整改建议书) or the urgent stop-production / evacuation recommendation (停产整改建议书 / 撤离建议书),
 * each with the hazards concerned, the answer clock, the union's signature and a receipt stub.
 */
final class UnionForms implements FormPrinter<FormRequest.UnionForm> {

    /** One layout for the proposal and the urgent recommendations; the parameter urgent switches the wording. */
    static final String TEMPLATE = "union-record";
    /** How much of a hazard's description the table shows: the full text is on the hazard's own forms. */
    static final int EXCERPT = 60;

    private final FormSources sources;
    private final PdfForms forms;

    UnionForms(FormSources sources, PdfForms forms) {
        this.sources = sources;
        this.forms = forms;
    }

    @Override
    public PrintedForm print(FormRequest.UnionForm request, Progress progress) {
        String number = request.recordNumber().strip();
        UnionRecordRow row = sources.union().record(number)
                .orElseThrow(() -> new DomainException("error.union.numberUnknown", number));
        progress.checkCancelled();
        UnionRecord r = row.record();
        Messages zh = forms.chinese();
        String enterprise = sources.organisation().enterprise().map(Enterprise::name).orElse(null);
        List<Map<String, ?>> hazards = hazards(row, zh);
        UnionFormData data = UnionFormData.of(row, enterprise, issuer(r, enterprise, zh), hazards, zh, forms.dates());
        FormKind kind = UnionFormData.formKind(r.kind());
        FormSpec spec = FormSpec.of(kind, TEMPLATE, sources.code(r.number(), r.id()))
                .title(data.title() + " " + r.number())
                .enterprise(enterprise)
                .parameters(data.parameters())
                .rows(new JRMapCollectionDataSource(new ArrayList<>(hazards)), hazards.size());
        return forms.fill(spec, progress);
    }

    /** The issuing body: the enterprise union when the record names no unit, else the unit's own body. */
    private String issuer(UnionRecord r, String enterprise, Messages zh) {
        if (r.issuerUnitId() == null) {
            return enterprise == null ? zh.get("union.issuer.enterprise")
                    : zh.get("report.union.enterpriseUnion", enterprise);
        }
        UnionBody body = sources.organisation().unionBody(r.issuerUnitId());
        return UnionFormData.bodyName(body.unit().name(), zh.label(body));
    }

    private List<Map<String, ?>> hazards(UnionRecordRow row, Messages zh) {
        List<Map<String, ?>> out = new ArrayList<>();
        List<UUID> ids = row.record().hazardIds();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String fallback = i < row.hazardNumbers().size() ? row.hazardNumbers().get(i) : id.toString();
            HazardDetails d = sources.hazards().details(id)
                    .orElseThrow(() -> new DomainException("error.hazard.notFound", fallback));
            Registration reg = d.hazard().registration();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", d.hazard().number().toString());
            m.put("place", place(d.unitPath(), reg.place(), zh));
            m.put("description", excerpt(reg.description()));
            Grade grade = d.hazard().grading() == null ? null : d.hazard().grading().grade();
            m.put("grade", grade == null ? null : zh.label(grade));
            m.put("status", zh.label(d.hazard().status()));
            out.add(m);
        }
        return out;
    }

    private static String place(String unitPath, String place, Messages zh) {
        boolean hasUnit = unitPath != null && !unitPath.isBlank();
        boolean hasPlace = place != null && !place.isBlank();
        if (hasUnit && hasPlace) {
            return zh.get("report.notice.location", unitPath, place);
        }
        return hasUnit ? unitPath : hasPlace ? place : null;
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }
}
