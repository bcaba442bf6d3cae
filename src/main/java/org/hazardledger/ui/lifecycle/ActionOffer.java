package org.hazardledger.ui.lifecycle;

import org.hazardledger.model.HazardAction;

/**
 * One button of the hazard's action bar: an action its state offers, its label, and when this user
 * may not take it, the reason (shown as the tooltip and in the accessible help).
 */
public record ActionOffer(HazardAction action, String label, boolean allowed, String reason) {
}
