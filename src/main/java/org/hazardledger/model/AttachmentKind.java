package org.hazardledger.model;

/** What an attached file shows: the hazard before or after rectification, or a document. */
public enum AttachmentKind implements Labelled {
    /** 整改前: a photo of the hazard as found. */
    BEFORE,
    /** 整改后: a photo of the finished rectification. */
    AFTER,
    /** 资料: a document (a plan, a drawing, a signed sheet). */
    DOCUMENT;

    @Override
    public String labelKey() {
        return "attachmentKind." + name();
    }
}
