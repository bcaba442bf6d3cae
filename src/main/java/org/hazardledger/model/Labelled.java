package org.hazardledger.model;

/** A domain value with a user-visible name in the resource bundles ({@code i18n/messages}). */
public interface Labelled {
    /** The resource-bundle key of this value's name. */
    String labelKey();
}
