package org.hazardledger.model;

/** Whether an attachment's file can be shown: a view reports the last two, it never fails on them. */
public enum AttachmentStatus implements Labelled {
    /** The file is in the data folder as it was stored. */
    PRESENT,
    /** The file is gone from the data folder (deleted or moved by hand). */
    MISSING,
    /** The file is there but cannot be read, no longer matches its hash, or is not a readable image. */
    UNREADABLE;

    @Override
    public String labelKey() {
        return "attachmentStatus." + name();
    }
}
