package org.hazardledger.ui.campaign;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.cup.AnkangCupView;
import org.hazardledger.ui.proposals.ProposalsView;
import org.hazardledger.ui.reports.ReportsView;
import org.hazardledger.ui.rewards.RewardsView;
import org.hazardledger.ui.teams.TeamsView;
import org.hazardledger.ui.training.TrainingView;

/**
 * 群众性活动: one tab per part of the campaign. A tab's view is built when first chosen and
 * re-read on every visit, so what another tab changed (a reward paid for a report) shows.
 */
public final class CampaignPage extends BorderPane {

    private final WorkbenchServices services;
    private final TabPane tabs = new TabPane();

    public CampaignPage(WorkbenchServices services) {
        this.services = services;
        setId("campaign-page");
        tabs.setId("campaign-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Messages m = services.messages();
        tabs.getTabs().addAll(
                tab(m, "reports", "campaign.tab.reports", s -> new ReportsView(s), v -> ((ReportsView) v).start()),
                tab(m, "rewards", "campaign.tab.rewards", s -> new RewardsView(s), v -> ((RewardsView) v).start()),
                tab(m, "training", "campaign.tab.training", s -> new TrainingView(s), v -> ((TrainingView) v).start()),
                tab(m, "cup", "campaign.tab.cup", s -> new AnkangCupView(s), v -> ((AnkangCupView) v).start()),
                tab(m, "teams", "campaign.tab.teams", s -> new TeamsView(s), v -> ((TeamsView) v).start()),
                tab(m, "proposals", "campaign.tab.proposals", s -> new ProposalsView(s),
                        v -> ((ProposalsView) v).start()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> visit(now));
        setCenter(tabs);
    }

    /** Re-reads the tab in view; the workbench calls it on every visit to the page. */
    public void start() {
        visit(tabs.getSelectionModel().getSelectedItem());
    }

    private Tab tab(Messages m, String name, String titleKey, Function<WorkbenchServices, Node> view,
                    java.util.function.Consumer<Node> start) {
        Tab t = new Tab(m.get(titleKey));
        t.setId("campaign-tab-" + name);
        t.setUserData(new TabContent(view, start));
        return t;
    }

    private void visit(Tab t) {
        if (t == null) {
            return;
        }
        TabContent content = (TabContent) t.getUserData();
        if (t.getContent() == null) {
            Node view = content.view().apply(services);
            if (view instanceof Region r && r.getPadding().equals(Insets.EMPTY)) {
                // the tabs' views come edge to edge otherwise; those with their own padding keep it
                r.setPadding(new Insets(8));
            }
            t.setContent(view);
        }
        content.start().accept(t.getContent());
    }

    private record TabContent(Function<WorkbenchServices, Node> view, java.util.function.Consumer<Node> start) {
    }
}
