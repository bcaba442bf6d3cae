package org.hazardledger.ui.rewards;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.RewardDraft;
import org.hazardledger.model.RewardFund;
import org.hazardledger.model.RewardKind;
import org.hazardledger.model.RewardPayment;
import org.hazardledger.model.RewardProposal;
import org.hazardledger.model.RewardReport;
import org.hazardledger.model.RewardRow;
import org.hazardledger.model.RewardScale;
import org.hazardledger.model.RewardStatus;
import org.hazardledger.model.RewardTally;
import org.hazardledger.model.ValidationException;
import org.hazardledger.service.Messages;
import org.hazardledger.service.RewardService;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.sheetexport.SheetExportViewModel;
import org.hazardledger.sheet.RewardSheet;
import org.hazardledger.sheet.XlsxExport;

/**
 * The 奖励 tab: the fund of a year (budget, top-ups, paid, committed, balance), the scale, the rewards
 * with the steps the signed-in role may take, and the per-unit and per-payee report of the year.
 * Every read and write runs in the background; refusals show at their fields or in the message line.
 */
public final class RewardsViewModel {

    static final String OVERRIDE = "overrideReason";
    static final String REJECT = "rejectReason";
    static final String BUDGET = "budget";
    static final String TOP_UP = "topUpAmount";
    static final String NOTE = "note";
    static final String ADDED_ON = "addedOn";
    static final List<String> SCALE_FIELDS = List.of(RewardScale.GENERAL_A, RewardScale.GENERAL_B,
            RewardScale.GENERAL_C, RewardScale.GENERAL_NONE, RewardScale.MAJOR, RewardScale.SHARE_PERCENT,
            RewardScale.FLOOR, RewardScale.CAP);

    private final WorkbenchServices services;
    private final Messages messages;
    private final RewardService rewards;

    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<RewardFund> fund = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RewardRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RewardTally> unitTallies = FXCollections.observableArrayList();
    private final ObservableList<RewardTally> payeeTallies = FXCollections.observableArrayList();
    private final ObjectProperty<RewardRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AccountRole> role = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper enterpriseScope = new ReadOnlyBooleanWrapper();
    /** Set when a dialog's work succeeded, so the dialog may close. */
    private final BooleanProperty done = new SimpleBooleanProperty();

    // the fund forms
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty topUpAmount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> topUpOn = new SimpleObjectProperty<>();
    private final StringProperty topUpNote = new SimpleStringProperty("");
    private final FieldErrors fundErrors;

    // the scale editor
    private final List<StringProperty> scale = new ArrayList<>();
    private final FieldErrors scaleErrors;

    // the proposal form
    private final ObservableList<Choice<RewardKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<RewardKind>> kind = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty base = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty changeReason = new SimpleStringProperty("");
    private final StringProperty grounds = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
    private final FieldErrors proposeErrors;

    // the decision and payment forms
    private final BooleanProperty override = new SimpleBooleanProperty();
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final StringProperty rejectReason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>();
    private final StringProperty paidAmount = new SimpleStringProperty("");
    private final StringProperty payMethod = new SimpleStringProperty("");
    private final StringProperty voucherNo = new SimpleStringProperty("");
    private final FieldErrors decisionErrors;
    private final SheetExportViewModel excel;

    public RewardsViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        this.rewards = services.campaign().rewards();
        year.set(LocalDate.now(services.clock()).getYear());
        for (RewardKind k : RewardKind.values()) {
            kinds.add(new Choice<>(k, messages.label(k)));
        }
        kind.set(kinds.get(0));
        SCALE_FIELDS.forEach(f -> scale.add(new SimpleStringProperty("")));
        fundErrors = new FieldErrors(messages, List.of(BUDGET, TOP_UP, NOTE, ADDED_ON));
        scaleErrors = new FieldErrors(messages, SCALE_FIELDS);
        proposeErrors = new FieldErrors(messages, List.of(RewardDraft.TARGET, RewardDraft.BASE, RewardDraft.AMOUNT,
                RewardDraft.CHANGE_REASON, RewardDraft.GROUNDS));
        decisionErrors = new FieldErrors(messages, List.of(OVERRIDE, REJECT, RewardPayment.PAID_ON,
                RewardPayment.AMOUNT, RewardPayment.METHOD, RewardPayment.VOUCHER));
        year.addListener((o, was, now) -> load());
        excel = new SheetExportViewModel(services);
    }

    private record Snapshot(RewardFund fund, RewardScale scale, List<RewardRow> rows, RewardReport report) {
    }

    /** (Re)reads the year's fund, scale, rewards and report in the background. */
    public void load() {
        role.set(rewards.role());
        enterpriseScope.set(rewards.enterpriseScope());
        int y = year.get();
        UUID keep = selected.get() == null ? null : selected.get().proposal().id();
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Snapshot(rewards.fund(y), rewards.scale(y), rewards.list(y),
                        rewards.report(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))),
                snap -> {
                    busy.set(false);
                    fund.set(snap.fund());
                    budget.set(snap.fund().budget().toPlainString());
                    showScale(snap.scale());
                    rows.setAll(snap.rows());
                    unitTallies.setAll(snap.report().units());
                    payeeTallies.setAll(snap.report().payees());
                    selected.set(snap.rows().stream().filter(r -> r.proposal().id().equals(keep)).findFirst()
                            .orElse(null));
                },
                this::failed));
    }

    // ---- the fund ----

    public void saveBudget() {
        fundErrors.clear();
        Optional<BigDecimal> b = money(budget.get(), BUDGET, fundErrors, true);
        if (b.isEmpty()) {
            return;
        }
        int y = year.get();
        RewardFund read = fund.get();
        // saved over the budget shown: one someone else set since is not overwritten
        int revision = read != null && read.year() == y ? read.revision() : 1;
        run(() -> rewards.setBudget(y, revision, b.get()), f -> messages.get("reward.budgetSaved", String.valueOf(y),
                f.budget().toPlainString()), fundErrors);
    }

    /** Empties the top-up form (today's date) before the dialog opens. */
    public void newTopUp() {
        topUpAmount.set("");
        topUpNote.set("");
        topUpOn.set(LocalDate.now(services.clock()));
        fundErrors.clear();
        done.set(false);
    }

    public void submitTopUp() {
        fundErrors.clear();
        Optional<BigDecimal> a = money(topUpAmount.get(), TOP_UP, fundErrors, true);
        if (a.isEmpty()) {
            return;
        }
        int y = year.get();
        LocalDate on = topUpOn.get();
        String note = topUpNote.get();
        run(() -> rewards.topUp(y, a.get(), on, note), t -> messages.get("reward.toppedUp",
                t.amount().toPlainString(), String.valueOf(y)), fundErrors);
    }

    // ---- the scale ----

    public void saveScale() {
        scaleErrors.clear();
        List<BigDecimal> v = new ArrayList<>();
        for (int i = 0; i < SCALE_FIELDS.size(); i++) {
            Optional<BigDecimal> d = money(scale.get(i).get(), SCALE_FIELDS.get(i), scaleErrors, false);
            if (d.isEmpty()) {
                return;
            }
            v.add(d.get());
        }
        RewardScale sc = new RewardScale(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6),
                v.get(7));
        int y = year.get();
        run(() -> rewards.setScale(y, sc), s -> messages.get("reward.scaleSaved", y), scaleErrors);
    }

    private void showScale(RewardScale s) {
        List<BigDecimal> v = List.of(s.generalA(), s.generalB(), s.generalC(), s.generalNone(), s.major(),
                s.sharePercent().stripTrailingZeros(), s.floor(), s.cap());
        for (int i = 0; i < v.size(); i++) {
            scale.get(i).set(v.get(i).toPlainString());
        }
    }

    // ---- proposing ----

    /** Empties the proposal form before the dialog opens; {@code targetNumber} may be null. */
    public void newProposal(String targetNumber) {
        target.set(targetNumber == null ? "" : targetNumber);
        base.set("");
        amount.set("");
        changeReason.set("");
        grounds.set("");
        suggestion.set("");
        proposeErrors.clear();
        done.set(false);
    }

    /** Asks the scale for its suggestion for the typed hazard or report (and base), and fills the amount. */
    public void suggest() {
        proposeErrors.clear();
        RewardKind k = kind.get().value();
        String number = target.get();
        Optional<BigDecimal> b = optionalMoney(base.get(), RewardDraft.BASE, proposeErrors);
        if (b == null) {
            return;
        }
        services.tasks().execute(BackgroundTask.of(
                () -> rewards.targetId(k, number).map(id -> rewards.suggest(k, id, b.orElse(null))),
                s -> {
                    if (s.isEmpty()) {
                        proposeErrors.set(RewardDraft.TARGET, messages.get("validation.reward.targetUnknown",
                                number));
                    } else {
                        suggestion.set(s.get().toPlainString());
                        amount.set(s.get().toPlainString());
                    }
                },
                proposeErrors::showAtFields));
    }

    public void submitProposal() {
        proposeErrors.clear();
        RewardKind k = kind.get().value();
        String number = target.get();
        Optional<BigDecimal> b = optionalMoney(base.get(), RewardDraft.BASE, proposeErrors);
        Optional<BigDecimal> a = optionalMoney(amount.get(), RewardDraft.AMOUNT, proposeErrors);
        if (b == null || a == null) {
            return;
        }
        String why = changeReason.get();
        String g = grounds.get();
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    UUID id = rewards.targetId(k, number).orElseThrow(() -> new ValidationException(List.of(
                            FieldError.of(RewardDraft.TARGET, "validation.reward.targetUnknown", number))));
                    RewardDraft d = k == RewardKind.HAZARD_FINDER
                            ? RewardDraft.forHazard(id, b.orElse(null), a.orElse(null), why, g)
                            : RewardDraft.forReport(id, b.orElse(null), a.orElse(null), why, g);
                    return rewards.propose(d);
                },
                p -> succeeded(messages.get("reward.proposed", p.number(), p.payee(), p.amount().toPlainString())),
                f -> {
                    busy.set(false);
                    proposeErrors.showAtFields(f);
                }));
    }

    // ---- deciding and paying the selected reward ----

    public boolean mayPropose() {
        return role.get() != null && RewardProposal.PROPOSERS.contains(role.get());
    }

    public boolean mayManageFund() {
        return role.get() != null && RewardProposal.FUND_KEEPERS.contains(role.get());
    }

    /** The enterprise union may concur with the selected report reward. */
    public boolean mayConcur() {
        RewardRow r = selected.get();
        return r != null && role.get() == AccountRole.UNION_MEMBER && enterpriseScope.get()
                && r.proposal().kind() == RewardKind.SAFETY_REPORT && r.proposal().status() == RewardStatus.PROPOSED;
    }

    public boolean mayApprove() {
        RewardRow r = selected.get();
        return r != null && role.get() == AccountRole.PRINCIPAL
                && r.proposal().status() == (r.proposal().kind() == RewardKind.SAFETY_REPORT
                ? RewardStatus.CONCURRED : RewardStatus.PROPOSED);
    }

    public boolean mayReject() {
        RewardRow r = selected.get();
        if (r == null || !r.proposal().status().pending()) {
            return false;
        }
        return role.get() == AccountRole.PRINCIPAL || (role.get() == AccountRole.UNION_MEMBER && enterpriseScope.get()
                && r.proposal().kind() == RewardKind.SAFETY_REPORT && r.proposal().status() == RewardStatus.PROPOSED);
    }

    public boolean mayPay() {
        RewardRow r = selected.get();
        return r != null && role.get() != null && RewardProposal.PAYERS.contains(role.get())
                && r.proposal().status() == RewardStatus.APPROVED;
    }

    /** Empties the decision and payment fields before a dialog opens (the payment: the approved amount, today). */
    public void newDecision() {
        override.set(false);
        overrideReason.set("");
        rejectReason.set("");
        paidOn.set(LocalDate.now(services.clock()));
        RewardRow r = selected.get();
        paidAmount.set(r == null ? "" : r.proposal().amount().toPlainString());
        payMethod.set("");
        voucherNo.set("");
        decisionErrors.clear();
        done.set(false);
    }

    public void concur() {
        RewardProposal p = selected.get().proposal();
        decide(() -> rewards.concur(p.id(), p.revision()), "reward.concurred");
    }

    public void approve() {
        RewardProposal p = selected.get().proposal();
        boolean ovr = override.get();
        String why = overrideReason.get();
        decide(() -> rewards.approve(p.id(), p.revision(), ovr, why), "reward.approved");
    }

    /** Rejects the selected reward; the View asks for confirmation first. */
    public void reject() {
        RewardProposal p = selected.get().proposal();
        String why = rejectReason.get();
        if (why == null || why.isBlank()) {
            decisionErrors.set(REJECT, messages.get("validation.reward.rejectReason"));
            return;
        }
        decide(() -> rewards.reject(p.id(), p.revision(), why), "reward.rejected");
    }

    public void pay() {
        decisionErrors.clear();
        RewardProposal p = selected.get().proposal();
        Optional<BigDecimal> a = money(paidAmount.get(), RewardPayment.AMOUNT, decisionErrors, true);
        if (a.isEmpty()) {
            return;
        }
        RewardPayment payment = new RewardPayment(paidOn.get(), a.get(), payMethod.get(), voucherNo.get());
        boolean ovr = override.get();
        String why = overrideReason.get();
        decide(() -> rewards.pay(p.id(), p.revision(), payment, ovr, why), "reward.paid");
    }

    private void decide(java.util.concurrent.Callable<RewardProposal> work, String doneKey) {
        decisionErrors.clear();
        run(work, p -> messages.get(doneKey, p.number()), decisionErrors);
    }

    // ---- export ----

    /** Writes a table's snapshot (taken on the FX thread by the View) to {@code file} in the background. */
    public void export(List<List<String>> lines, Path file) {
        services.tasks().execute(BackgroundTask.of(() -> {
            TableCsv.write(lines, file);
            return file;
        }, f -> message.set(messages.get("reward.exported", f.getFileName().toString())), this::failed));
    }

    /**
     * 导出 Excel: the reward ledger (奖励台账) of the year as the list shows it, written in the
     * background; false when the user cancelled the chooser.
     */
    public boolean exportExcel() {
        List<RewardRow> shown = List.copyOf(rows);
        String y = String.valueOf(year.get());
        String filter = messages.get("sheetExport.filter.rewards", y);
        return excel.export(messages.get("sheetExport.fileNamePlain", messages.get("sheetExport.file.rewards")
                + "-" + y), (out, progress) -> XlsxExport.write(out, List.of(RewardSheet.table(shown,
                        services.sheets().enterpriseName(), filter, messages)), progress));
    }

    public SheetExportViewModel excel() {
        return excel;
    }

    // ---- the words of cells ----

    public String statusText(RewardRow r) {
        return messages.label(r.proposal().status());
    }

    public String kindText(RewardRow r) {
        return messages.label(r.proposal().kind());
    }

    /** The payee; a reporter is shown by pseudonym, marked as such. */
    public String payeeText(RewardRow r) {
        return r.proposal().kind() == RewardKind.SAFETY_REPORT
                ? messages.get("reward.pseudonym", r.proposal().payee()) : r.proposal().payee();
    }

    public String tallyName(RewardTally t) {
        return t.pseudonymous() ? messages.get("reward.pseudonym", t.name()) : t.name();
    }

    /** "预算 … 追加 … 已付 … 已批未付 … 余额 …" for the fund line. */
    public String fundText() {
        RewardFund f = fund.get();
        if (f == null) {
            return "";
        }
        return messages.get("reward.fundLine", String.valueOf(f.year()), f.budget().toPlainString(), f.topUps().toPlainString(),
                f.paid().toPlainString(), f.committed().toPlainString(), f.pending().toPlainString(),
                f.balance().toPlainString());
    }

    // ---- helpers ----

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Function<T, String> said,
                         FieldErrors errors) {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(work, v -> succeeded(said.apply(v)), f -> {
            busy.set(false);
            errors.showAtFields(f);
            message.set(Failures.describe(messages, f));
        }));
    }

    private void succeeded(String text) {
        busy.set(false);
        done.set(true);
        message.set(text);
        load();
    }

    private void failed(Throwable f) {
        busy.set(false);
        message.set(Failures.describe(messages, f));
    }

    /** The amount typed into {@code field}, or empty with the reason at the field. */
    private Optional<BigDecimal> money(String text, String field, FieldErrors errors, boolean required) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("，", "");
        if (t.isEmpty()) {
            errors.set(field, messages.get(required ? "validation.reward.required" : "validation.reward.number"));
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            errors.set(field, messages.get("validation.reward.number"));
            return Optional.empty();
        }
    }

    /** Empty for a blank field, the amount, or null (with the reason at the field) when not a number. */
    private Optional<BigDecimal> optionalMoney(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<BigDecimal> v = money(text, field, errors, false);
        return v.isEmpty() ? null : v;
    }

    // ---- properties ----

    public Messages messages() {
        return messages;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ReadOnlyObjectProperty<RewardFund> fundProperty() {
        return fund.getReadOnlyProperty();
    }

    public ObservableList<RewardRow> rows() {
        return rows;
    }

    public ObservableList<RewardTally> unitTallies() {
        return unitTallies;
    }

    public ObservableList<RewardTally> payeeTallies() {
        return payeeTallies;
    }

    public ObjectProperty<RewardRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty topUpAmountProperty() {
        return topUpAmount;
    }

    public ObjectProperty<LocalDate> topUpOnProperty() {
        return topUpOn;
    }

    public StringProperty topUpNoteProperty() {
        return topUpNote;
    }

    public FieldErrors fundErrors() {
        return fundErrors;
    }

    /** The scale field named {@code field} (one of {@link #SCALE_FIELDS}). */
    public StringProperty scaleProperty(String field) {
        return scale.get(SCALE_FIELDS.indexOf(field));
    }

    public FieldErrors scaleErrors() {
        return scaleErrors;
    }

    public ObservableList<Choice<RewardKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<RewardKind>> kindProperty() {
        return kind;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty baseProperty() {
        return base;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty changeReasonProperty() {
        return changeReason;
    }

    public StringProperty groundsProperty() {
        return grounds;
    }

    public ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    public FieldErrors proposeErrors() {
        return proposeErrors;
    }

    public BooleanProperty overrideProperty() {
        return override;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public StringProperty rejectReasonProperty() {
        return rejectReason;
    }

    public ObjectProperty<LocalDate> paidOnProperty() {
        return paidOn;
    }

    public StringProperty paidAmountProperty() {
        return paidAmount;
    }

    public StringProperty payMethodProperty() {
        return payMethod;
    }

    public StringProperty voucherNoProperty() {
        return voucherNo;
    }

    public FieldErrors decisionErrors() {
        return decisionErrors;
    }
}
