package org.hazardledger.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every ledger command shares. */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Ledger folder (default: the per-user data folder) / 台账数据目录")
    Path dataDir;
}
