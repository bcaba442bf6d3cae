package org.hazardledger.cli;

import java.util.concurrent.Callable;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.Industry;
import org.hazardledger.service.Progress;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code init}: creates a ledger, with the demo enterprise or an empty one. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new ledger / 新建台账", "--demo loads the demo enterprise / 加载演示企业",
                "--federation NAME sets up a union federation / 建立总工会台账"})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--demo", required = true, description = "Load the demo enterprise / 加载演示企业")
        boolean demo;

        @Option(names = "--enterprise", required = true, paramLabel = "NAME",
                description = "Name of your enterprise / 企业名称")
        String enterprise;

        @Option(names = "--federation", required = true, paramLabel = "NAME",
                description = "Set up a union federation (总工会) holding many enterprises / 建立总工会（联合会）台账")
        String federation;
    }

    @Option(names = "--industry", defaultValue = "OTHER", paramLabel = "INDUSTRY",
            description = "With --enterprise: ${COMPLETION-CANDIDATES}")
    Industry industry;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        try (OpenLedger ledger = ctx.open(data)) {
            if (what.federation != null) {
                Enterprise f = ledger.setup().initialiseFederation(what.federation);
                ctx.out().println(Bilingual.line("cli.initialisedFederation", f.name(),
                        ledger.dataDir().toAbsolutePath().toString()));
                return HazardLedgerCommand.OK;
            }
            Enterprise e = what.demo
                    ? ledger.setup().initialiseDemo(Progress.NONE)
                    : ledger.setup().initialiseEmpty(what.enterprise, industry);
            int hazards = ledger.hazards().count(HazardQuery.ALL);
            ctx.out().println(Bilingual.line("cli.initialised", e.name(), hazards,
                    ledger.dataDir().toAbsolutePath().toString()));
        }
        return HazardLedgerCommand.OK;
    }
}
