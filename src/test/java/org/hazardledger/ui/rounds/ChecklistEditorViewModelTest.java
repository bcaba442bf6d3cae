package org.hazardledger.ui.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a checklist as lines of text: a new version, unchanged lines keep their codes, problems at the field. */
class ChecklistEditorViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private ChecklistEditorViewModel editorAt(String code) throws Exception {
        ChecklistEditorViewModel vm = ui.onFx(() -> new ChecklistEditorViewModel(ui.services));
        ui.fx(() -> vm.load(code));
        return vm;
    }

    @Test
    void aClerkSavesTheEditedLinesAsANewVersionThatTheTeamsRoundsThenUse() throws Exception {
        Checklist before = ui.services.rounds().checklistFor(e.team().id());
        ChecklistEditorViewModel vm = editorAt(before.code());
        assertThat(vm.selectedProperty().get().value().code()).isEqualTo(before.code());
        assertThat(vm.itemsProperty().get().split("\n")).hasSize(before.items().size());
        assertThat(vm.editableProperty().get()).isTrue();

        ChecklistItem kept = before.items().get(0);
        ui.fx(() -> {
            vm.nameProperty().set("班组班前检查表（修订）");
            vm.itemsProperty().set(kept.text() + "\n\n  新增：消防通道无占用  \n");
            vm.save();
        });

        Checklist now = ui.services.rounds().checklistFor(e.team().id());
        assertThat(now.version()).isEqualTo(before.version() + 1);
        assertThat(now.name()).isEqualTo("班组班前检查表（修订）");
        assertThat(now.items()).extracting(ChecklistItem::text).containsExactly(kept.text(), "新增：消防通道无占用");
        assertThat(now.items().get(0).code()).as("an unchanged line keeps its code").isEqualTo(kept.code());
        assertThat(before.items()).extracting(ChecklistItem::code).doesNotContain(now.items().get(1).code());
        assertThat(vm.messageProperty().get()).contains("第 " + now.version() + " 版");
        assertThat(ui.ledger.audit.verify().isIntact()).isTrue();
    }

    @Test
    void aListWithoutItemsIsRefusedAtTheItemsFieldAndNothingIsSaved() throws Exception {
        Checklist before = ui.services.rounds().checklistFor(e.team().id());
        ChecklistEditorViewModel vm = editorAt(before.code());
        ui.fx(() -> {
            vm.itemsProperty().set("\n   \n");
            vm.save();
        });
        assertThat(vm.errorProperty(ChecklistEditorViewModel.ITEMS).get()).isNotEmpty();
        assertThat(ui.services.rounds().checklistFor(e.team().id()).version()).isEqualTo(before.version());
    }

    @Test
    void aUnitHeadReadsTheChecklistsButCannotChangeThem() throws Exception {
        ui.ledger.signIn("班组长 (head)", AccountRole.UNIT_HEAD, e.team());
        ChecklistEditorViewModel vm = editorAt(null);
        assertThat(vm.checklists()).isNotEmpty();
        assertThat(vm.editableProperty().get()).isFalse();
        int version = vm.selectedProperty().get().value().version();
        String code = vm.selectedProperty().get().value().code();
        ui.fx(() -> {
            vm.itemsProperty().set("只有一项");
            vm.save();
        });
        assertThat(ui.services.rounds().checklists()).filteredOn(c -> c.code().equals(code))
                .extracting(Checklist::version).containsExactly(version);
        assertThat(List.of(vm.messageProperty().get())).containsExactly("");
    }
}
