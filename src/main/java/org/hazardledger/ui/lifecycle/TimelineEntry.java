package org.hazardledger.ui.lifecycle;

/** One line of a hazard's timeline: "2026-06-15 09:30", "李建国 (banzhang)", "报告整改完成", details. */
public record TimelineEntry(String when, String who, String what, String details) {
}
