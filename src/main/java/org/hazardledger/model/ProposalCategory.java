package org.hazardledger.model;

/** The kinds of worker proposals the campaign collects. */
public enum ProposalCategory implements Labelled {
    /** 合理化建议 */
    RATIONALISATION,
    /** 小建议 */
    SMALL_SUGGESTION,
    /** 小发明 */
    SMALL_INVENTION,
    /** 小创造 */
    SMALL_CREATION,
    /** 小革新 */
    SMALL_INNOVATION;

    @Override
    public String labelKey() {
        return "proposalCategory." + name();
    }
}
