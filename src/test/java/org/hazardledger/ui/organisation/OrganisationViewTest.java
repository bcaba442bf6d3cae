package org.hazardledger.ui.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's controls are built, found by id, and follow the ViewModel (no window needed). */
class OrganisationViewTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @Test
    void theTreeMirrorsTheUnitsAndTheButtonsFollowTheSelection() throws Exception {
        try (UiFixture ui = new UiFixture(dir)) {
            ui.ledger.initialiseSmall();
            // In a scene with CSS applied, so the split pane's skin puts its items in the node tree.
            OrganisationView view = ui.onFx(() -> {
                OrganisationView v = new OrganisationView(ui.services);
                new Scene(v, 1000, 700);
                v.applyCss();
                return v;
            });
            ui.fx(view::start);

            @SuppressWarnings("unchecked")
            TreeView<UnitRow> tree = (TreeView<UnitRow>) view.lookup("#org-tree");
            TreeItem<UnitRow> plant = OnFx.call(() -> tree.getRoot().getChildren().get(0));
            assertThat(plant.getValue().path()).isEqualTo("一厂");
            assertThat(OnFx.call(() -> plant.getChildren().get(0).getChildren().get(0).getValue().path()))
                    .isEqualTo("一厂 / 合成车间 / 甲班");
            assertThat(OnFx.call(() -> tree.getSelectionModel().getSelectedItem())).isSameAs(plant);
            assertThat(((Button) view.lookup("#org-move")).isDisable()).as("a plant does not move").isTrue();
            assertThat(((Button) view.lookup("#org-reinstate")).isDisable()).isTrue();

            ui.fx(() -> tree.getSelectionModel().select(plant.getChildren().get(0).getChildren().get(0)));
            assertThat(view.viewModel().selectedUnitProperty().get().path()).isEqualTo("一厂 / 合成车间 / 甲班");
            assertThat(((Button) view.lookup("#org-move")).isDisable()).isFalse();
            assertThat(((TableView<?>) view.lookup("#org-people")).getItems()).hasSize(1);

            Node editor = view.lookup("#org-unit-editor");
            assertThat(editor.isVisible()).isFalse();
            ui.fx(() -> ((Button) view.lookup("#org-rename")).fire());
            assertThat(editor.isVisible()).isTrue();
            for (String id : new String[] {"#org-unit-name", "#org-unit-save", "#org-unit-cancel", "#org-show-retired",
                    "#org-person-add", "#org-person-name", "#org-person-certificate", "#org-union-members"}) {
                assertThat(view.lookup(id)).as(id).isNotNull();
            }
        }
    }

    @Test
    void aUserWhoMayNotEditSeesThePageReadOnlyAndIsToldWhy() throws Exception {
        try (UiFixture ui = new UiFixture(dir)) {
            ui.ledger.initialiseSmall();
            ui.ledger.signIn("工会小组长", org.hazardledger.model.AccountRole.UNION_MEMBER, null);
            OrganisationView view = ui.onFx(() -> {
                OrganisationView v = new OrganisationView(ui.services);
                new Scene(v, 1000, 700);
                v.applyCss();
                return v;
            });
            ui.fx(view::start);
            assertThat(((Button) view.lookup("#org-add-plant")).isDisabled()).isTrue();
            assertThat(((Button) view.lookup("#org-person-add")).isDisabled()).isTrue();
            assertThat(((javafx.scene.control.Label) view.lookup("#org-read-only")).getText())
                    .isEqualTo("只有安全员或管理员可以修改组织机构；您可以查看。");
        }
    }
}
