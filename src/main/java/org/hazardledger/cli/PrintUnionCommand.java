package org.hazardledger.cli;

import org.hazardledger.report.FormRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code print union}: a union record as handed to the enterprise, the proposal (整改建议书) or the
 * stop-production / evacuation recommendation (停产整改建议书 / 撤离建议书), whichever it is.
 */
@Command(name = "union", mixinStandardHelpOptions = true,
        description = "Union proposal or stop-production / evacuation recommendation / 工会整改建议书、停产整改建议书")
final class PrintUnionCommand extends PrintFormCommand {

    @Option(names = "--record", required = true, paramLabel = "NUMBER", description = "e.g. GH-2026-0001")
    String record;

    @Override
    FormRequest request(OpenLedger ledger) {
        return new FormRequest.UnionForm(record.strip());
    }
}
