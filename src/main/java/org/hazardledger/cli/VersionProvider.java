package org.hazardledger.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (the build's project version). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = HazardLedgerCommand.class.getPackage().getImplementationVersion();
        return new String[] {"HazardLedger 查保促隐患治理台账 " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version")};
    }
}
