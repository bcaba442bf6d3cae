package org.hazardledger.cli;

import org.hazardledger.model.HazardNumber;
import org.hazardledger.report.FormKind;
import org.hazardledger.report.FormRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code print notice|closure|major-report|major-plan --hazard N --out F.pdf}: a form about one hazard. */
abstract class HazardFormCommand extends PrintFormCommand {

    @Option(names = "--hazard", required = true, paramLabel = "NUMBER", description = "e.g. YH-2026-03-0042")
    String hazard;

    /** The form this command prints. */
    abstract FormKind kind();

    @Override
    FormRequest request(OpenLedger ledger) {
        return new FormRequest.HazardForm(kind(), HazardNumber.parse(hazard).toString());
    }

    @Command(name = "notice", mixinStandardHelpOptions = true,
            description = "Rectification notice of a hazard / 隐患整改通知单")
    static final class Notice extends HazardFormCommand {
        @Override
        FormKind kind() {
            return FormKind.NOTICE;
        }
    }

    @Command(name = "closure", mixinStandardHelpOptions = true, description = "Closure form of a hazard / 隐患治理销号单")
    static final class Closure extends HazardFormCommand {
        @Override
        FormKind kind() {
            return FormKind.CLOSURE;
        }
    }

    @Command(name = "major-report", mixinStandardHelpOptions = true,
            description = "Report of a major hazard / 重大隐患报告表")
    static final class MajorReport extends HazardFormCommand {
        @Override
        FormKind kind() {
            return FormKind.MAJOR_REPORT;
        }
    }

    @Command(name = "major-plan", mixinStandardHelpOptions = true,
            description = "Treatment plan of a major hazard / 重大隐患治理方案")
    static final class MajorPlan extends HazardFormCommand {
        @Override
        FormKind kind() {
            return FormKind.MAJOR_PLAN;
        }
    }
}
