package org.hazardledger.model;

import java.util.UUID;

/** A person taking part in a training session or drill, with their name as read (for lists). */
public record Attendee(UUID personId, String name) {
}
