package org.hazardledger.model;

/** A team (unit of tier TEAM) with the unit above it and its latest assessment, if any (null). */
public record TeamRow(OrgUnit team, String parentName, TeamResult latest) {
}
